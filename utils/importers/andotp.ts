import { couldBeAndOtpBackup, decryptAndOtpBackup } from './andotp-crypto';
import { utf8Text } from './encoding';
import { convertEntries, describeEntry, toImportedAccount } from './entries';
import { field, isObject, requireEntries, requireObject, stringField } from './json';
import type { JsonObject } from './json';
import type { ImportFormat, ImportedAccount } from './types';

/** andOTP backup: a JSON array of entries, or the same encrypted (`.json.aes`, no magic bytes). */
const WHAT = 'andOTP';

export const andOtp: ImportFormat<unknown> = {
  id: 'andotp',
  label: 'andOTP',
  detect(source) {
    const file = source.json;
    if (Array.isArray(file)) return isObject(file[0]) && field(file[0], 'secret') !== undefined && field(file[0], 'type') !== undefined;
    // Encrypted backups are random bytes; a file that is valid text is something else.
    return file === undefined && couldBeAndOtpBackup(source.bytes) && utf8Text(source.bytes) === undefined ? 'maybe' : false;
  },
  read(source) {
    if (Array.isArray(source.json)) return { encrypted: false, payload: source.json };
    const bytes = new Uint8Array(source.bytes);
    return { encrypted: true, decrypt: (password) => decryptAndOtpBackup(bytes, password) };
  },
  convert: (entries) =>
    convertEntries(requireEntries(entries, WHAT), convertEntry, (entry) =>
      isObject(entry) ? describeEntry(field(entry, 'issuer'), field(entry, 'label')) : undefined,
    ),
};

function convertEntry(entry: unknown): ImportedAccount {
  const object = requireObject(entry, WHAT);
  const [issuer, label] = issuerAndLabel(object);
  return toImportedAccount({
    type: stringField(object, 'type') ?? '',
    issuer,
    label,
    secret: field(object, 'secret'),
    algorithm: field(object, 'algorithm'),
    digits: field(object, 'digits'),
    period: field(object, 'period'),
    counter: field(object, 'counter'),
  });
}

/** Old andOTP versions had no issuer field and showed "Issuer - Account" as the label. */
function issuerAndLabel(entry: JsonObject): [unknown, unknown] {
  const label = stringField(entry, 'label') ?? '';
  if (field(entry, 'issuer') !== undefined) return [field(entry, 'issuer'), label];
  const separator = label.indexOf(' - ');
  return separator < 0 ? ['', label] : [label.slice(0, separator), label.slice(separator + 3)];
}
