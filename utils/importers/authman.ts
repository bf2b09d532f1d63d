import { convertEntries, describeEntry, toImportedAccount } from './entries';
import { field, isObject, objectField, requireEntries, requireObject, stringField } from './json';
import type { ImportFormat, ImportedAccount } from './types';

/**
 * Authman export: `{ app: "Authman", accounts: [{ content: { title, secret, url, issuer } }] }`.
 * Authman only makes SHA1, 6-digit, 30-second codes; `url` holds the type.
 * (Shape from Authman's export-service.ts; no real export was found.)
 */
const WHAT = 'Authman';

export const authman: ImportFormat<unknown> = {
  id: 'authman',
  label: 'Authman',
  detect(source) {
    const file = source.json;
    return isObject(file) && field(file, 'app') === 'Authman' && Array.isArray(field(file, 'accounts'));
  },
  read: (source) => ({ encrypted: false, payload: field(requireObject(source.json, WHAT), 'accounts') }),
  convert: (accounts) =>
    convertEntries(requireEntries(accounts, WHAT), convertAccount, (account) => {
      const content = isObject(account) ? objectField(account, 'content') : undefined;
      return content && describeEntry(field(content, 'issuer'), field(content, 'title'));
    }),
};

function convertAccount(account: unknown): ImportedAccount {
  const content = requireObject(objectField(requireObject(account, WHAT), 'content'), WHAT);
  return toImportedAccount({
    type: stringField(content, 'url') || 'totp',
    issuer: field(content, 'issuer'),
    label: field(content, 'title'),
    secret: field(content, 'secret'),
  });
}
