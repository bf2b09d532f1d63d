import { bytesToBase32 } from '../otp/base32';
import { OtpError } from '../otp/errors';
import { hexToBytes } from './encoding';
import { convertEntries, describeEntry, toImportedAccount } from './entries';
import type { EntryFields } from './entries';
import { ImportError } from './errors';
import { field, isObject, requireObject, stringField } from './json';
import type { JsonObject } from './json';
import { MAX_ENTRIES } from './limits';
import type { ImportFormat, ImportedAccount } from './types';
import { t } from '../i18n/translate';

/**
 * Backup of the Authenticator browser extension (authenticator.cc): an object
 * of entries keyed by hash, `{ account, issuer, secret, type, period, digits,
 * algorithm, counter }`, defaults left out. Encrypted backups are refused
 * with a clear message (no sample exists to test a decryptor against).
 */
const WHAT = 'Authenticator extension';

const isEntry = (value: unknown): value is JsonObject => isObject(value) && typeof field(value, 'secret') === 'string';
const isEncrypted = (value: unknown) => isObject(value) && (field(value, 'encrypted') === true || field(value, 'dataType') !== undefined);

export const authenticatorExtension: ImportFormat<JsonObject[]> = {
  id: 'authenticator-extension',
  label: 'Authenticator extension',
  detect(source) {
    const file = source.json;
    if (!isObject(file)) return false;
    const values = Object.values(file);
    return values.length > 0 && values.every(isObject) && values.some((value) => isEntry(value) || isEncrypted(value));
  },
  read(source) {
    const values = Object.values(requireObject(source.json, WHAT));
    if (values.some(isEncrypted)) {
      throw new ImportError('unsupported-format', t('errors.import.authenticatorEncrypted'));
    }
    return { encrypted: false, payload: values.slice(0, MAX_ENTRIES).filter(isObject) };
  },
  convert: (entries) => convertEntries(entries, convertEntry, (entry) => describeEntry(field(entry, 'issuer'), field(entry, 'account'))),
};

function convertEntry(entry: JsonObject): ImportedAccount {
  return toImportedAccount({
    issuer: field(entry, 'issuer'),
    label: field(entry, 'account'),
    algorithm: field(entry, 'algorithm'),
    digits: field(entry, 'digits'),
    period: field(entry, 'period'),
    counter: field(entry, 'counter'),
    ...typeAndSecret(stringField(entry, 'type') ?? 'totp', stringField(entry, 'secret') ?? ''),
  });
}

/**
 * The extension encodes the kind of code in the type and in secret prefixes:
 * `blz-`/`bliz-` = Battle.net (TOTP, 8 digits), `stm-` = Steam; `hex`/`hhex`
 * (or a secret that is hex and not base32) = TOTP/HOTP with a hex key.
 */
function typeAndSecret(rawType: string, rawSecret: string): Pick<EntryFields, 'type' | 'secret' | 'digits'> {
  const type = rawType.toLowerCase();
  const secret = rawSecret.replace(/\s+/g, '');
  const battle = /^bl(i)?z-/i.exec(secret);
  if (battle || type === 'battle') return { type: 'totp', secret: secret.slice(battle?.[0].length ?? 0), digits: 8 };
  if (/^stm-/i.test(secret)) return { type: 'steam', secret: secret.slice(4) };
  const hexType = type === 'hex' || type === 'hhex';
  const looksHex = !/^[a-z2-7]+=*$/i.test(secret) && /^[0-9a-f]+$/i.test(secret);
  if (hexType || looksHex) return { type: type === 'hhex' || type === 'hotp' ? 'hotp' : 'totp', secret: hexToBase32(secret) };
  return { type, secret };
}

function hexToBase32(hex: string): string {
  try {
    return bytesToBase32(hexToBytes(hex, WHAT));
  } catch {
    throw new OtpError('invalid-secret', t('errors.import.hexSecretDamaged'));
  }
}
