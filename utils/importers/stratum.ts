import { convertEntries, describeEntry, toImportedAccount } from './entries';
import { field, isObject, numberField, requireEntries, requireObject } from './json';
import { decryptStratumBackup, isStratumEncrypted } from './stratum-crypto';
import type { ImportFormat, ImportedAccount } from './types';

/**
 * Stratum / Authenticator Pro backup (.authpro): `{ Authenticators: [{ Type, Issuer,
 * Username, Secret, Algorithm, Digits, Period, Counter }], Categories, … }`, plain or encrypted.
 */
const WHAT = 'Stratum';
const TYPES: Record<number, string> = { 1: 'hotp', 2: 'totp', 3: 'motp', 4: 'steam', 5: 'yandex' };
const ALGORITHMS: Record<number, string> = { 0: 'SHA1', 1: 'SHA256', 2: 'SHA512' };

export const stratum: ImportFormat<unknown> = {
  id: 'stratum',
  label: 'Stratum (Authenticator Pro)',
  detect(source) {
    if (isStratumEncrypted(source.bytes)) return true;
    const file = source.json;
    return isObject(file) && Array.isArray(field(file, 'Authenticators'));
  },
  read(source) {
    if (!isStratumEncrypted(source.bytes)) return { encrypted: false, payload: source.json };
    const bytes = new Uint8Array(source.bytes);
    return { encrypted: true, decrypt: (password) => decryptStratumBackup(bytes, password) };
  },
  convert: (backup) =>
    convertEntries(requireEntries(field(requireObject(backup, WHAT), 'Authenticators'), WHAT), convertAuthenticator, (entry) =>
      isObject(entry) ? describeEntry(field(entry, 'Issuer'), field(entry, 'Username')) : undefined,
    ),
};

const lookup = (table: Record<number, string>, code: number | undefined) =>
  code !== undefined && Object.hasOwn(table, code) ? table[code] : `unknown (${String(code)})`;

function convertAuthenticator(entry: unknown): ImportedAccount {
  const object = requireObject(entry, WHAT);
  return toImportedAccount({
    type: lookup(TYPES, numberField(object, 'Type')),
    issuer: field(object, 'Issuer'),
    label: field(object, 'Username'),
    secret: field(object, 'Secret'),
    algorithm: lookup(ALGORITHMS, numberField(object, 'Algorithm')),
    digits: field(object, 'Digits'),
    period: field(object, 'Period'),
    counter: field(object, 'Counter'),
  });
}
