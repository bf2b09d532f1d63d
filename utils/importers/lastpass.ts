import { convertEntries, describeEntry, toImportedAccount } from './entries';
import { arrayField, field, isObject, requireEntries, requireObject } from './json';
import type { ImportFormat, ImportedAccount } from './types';

/**
 * LastPass Authenticator export: `{ version, localDeviceId, accounts: [{ issuerName,
 * userName, secret, timeStep, digits, algorithm }] }`. `original*` fields hold
 * names from before the user edited them; the edited ones are what they know.
 */
const WHAT = 'LastPass Authenticator';

export const lastPass: ImportFormat<unknown> = {
  id: 'lastpass',
  label: 'LastPass Authenticator',
  detect(source) {
    const file = source.json;
    if (!isObject(file)) return false;
    const accounts = arrayField(file, 'accounts');
    return accounts !== undefined && (field(file, 'localDeviceId') !== undefined || (isObject(accounts[0]) && field(accounts[0], 'timeStep') !== undefined));
  },
  read: (source) => ({ encrypted: false, payload: field(requireObject(source.json, WHAT), 'accounts') }),
  convert: (accounts) =>
    convertEntries(requireEntries(accounts, WHAT), convertAccount, (account) =>
      isObject(account) ? describeEntry(field(account, 'issuerName'), field(account, 'userName')) : undefined,
    ),
};

function convertAccount(account: unknown): ImportedAccount {
  const object = requireObject(account, WHAT);
  return toImportedAccount({
    type: 'totp',
    issuer: field(object, 'issuerName'),
    label: field(object, 'userName'),
    secret: field(object, 'secret'),
    algorithm: field(object, 'algorithm'),
    digits: field(object, 'digits'),
    period: field(object, 'timeStep'),
  });
}
