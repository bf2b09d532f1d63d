import { bytesToBase32 } from '../otp/base32';
import { OtpError } from '../otp/errors';
import { convertEntries, describeEntry, toImportedAccount } from './entries';
import { arrayField, field, isObject, requireEntries, requireObject, stringField } from './json';
import { MAX_SECRET_LENGTH } from './limits';
import type { ImportFormat, ImportedAccount } from './types';
import { t } from '../i18n/translate';

/** FreeOTP+ JSON export: `{ tokenOrder, tokens: [{ algo, counter, digits, issuerExt, label, period, secret: [signed bytes], type }] }`. */
const WHAT = 'FreeOTP+';

export const freeOtpPlus: ImportFormat<unknown> = {
  id: 'freeotp-plus',
  label: 'FreeOTP+',
  detect(source) {
    const file = source.json;
    return isObject(file) && Array.isArray(field(file, 'tokens')) && Array.isArray(field(file, 'tokenOrder'));
  },
  read: (source) => ({ encrypted: false, payload: arrayField(requireObject(source.json, WHAT), 'tokens') }),
  convert: (tokens) =>
    convertEntries(requireEntries(tokens, WHAT), convertToken, (token) =>
      isObject(token) ? describeEntry(field(token, 'issuerExt'), field(token, 'label')) : undefined,
    ),
};

function convertToken(token: unknown): ImportedAccount {
  const object = requireObject(token, WHAT);
  return toImportedAccount({
    type: stringField(object, 'type') ?? '',
    issuer: field(object, 'issuerExt'),
    label: field(object, 'label'),
    secret: secretOf(field(object, 'secret')),
    algorithm: field(object, 'algo'),
    digits: field(object, 'digits'),
    period: field(object, 'period'),
    // FreeOTP+ stores the counter as it is (the next code's), so it is taken as it is.
    counter: field(object, 'counter'),
  });
}

/** Java's signed bytes (-128..127) as the app serialises them. */
function secretOf(value: unknown): string {
  if (!Array.isArray(value) || value.length === 0) throw new OtpError('missing-secret');
  if (value.length > MAX_SECRET_LENGTH || !value.every((byte) => Number.isInteger(byte) && byte >= -128 && byte <= 127)) {
    throw new OtpError('invalid-secret', t('errors.import.secretDamaged'));
  }
  return bytesToBase32(Uint8Array.from(value as number[], (byte) => byte & 0xff));
}
