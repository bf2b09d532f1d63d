import { bytesToBase32 } from '../otp/base32';
import { OtpError } from '../otp/errors';
import { base64ToBytes } from './encoding';
import { convertEntries, describeEntry, toImportedAccount } from './entries';
import { field, isObject, objectField, requireObject, stringField } from './json';
import type { JsonObject } from './json';
import { MAX_ENTRIES } from './limits';
import type { ImportFormat, ImportedAccount } from './types';
import { t } from '../i18n/translate';

/**
 * Steam Guard secrets: a Steam Desktop Authenticator `.maFile`, or the Steam
 * app's own file that wraps the same fields in `{ accounts: { <steamid>: {…} } }`.
 * Only `shared_secret` (base64) makes codes; identity/revocation secrets are ignored.
 */
const WHAT = 'Steam Guard';

const hasSharedSecret = (value: unknown): value is JsonObject => isObject(value) && typeof field(value, 'shared_secret') === 'string';

export const steamMaFile: ImportFormat<JsonObject[]> = {
  id: 'steam-mafile',
  label: 'Steam Guard (maFile)',
  detect(source) {
    const file = source.json;
    if (!isObject(file)) return false;
    const accounts = objectField(file, 'accounts');
    return hasSharedSecret(file) || (accounts !== undefined && Object.values(accounts).some(hasSharedSecret));
  },
  read(source) {
    const file = requireObject(source.json, WHAT);
    if (hasSharedSecret(file)) return { encrypted: false, payload: [file] };
    const accounts = Object.values(objectField(file, 'accounts') ?? {}).slice(0, MAX_ENTRIES).filter(isObject);
    return { encrypted: false, payload: accounts };
  },
  convert: (accounts) => convertEntries(accounts, convertAccount, (account) => describeEntry('Steam', field(account, 'account_name'))),
};

function convertAccount(account: JsonObject): ImportedAccount {
  const sharedSecret = stringField(account, 'shared_secret') ?? '';
  if (sharedSecret.trim() === '') throw new OtpError('missing-secret');
  let secret: string;
  try {
    secret = bytesToBase32(base64ToBytes(sharedSecret, WHAT));
  } catch {
    throw new OtpError('invalid-secret', t('errors.import.steamSecretDamaged'));
  }
  return toImportedAccount({ type: 'steam', issuer: 'Steam', label: field(account, 'account_name'), secret });
}
