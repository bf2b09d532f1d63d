import { convertEntries, describeEntry, toImportedAccount } from './entries';
import { field, isObject, numberField, objectField, requireEntries, requireObject, stringField } from './json';
import { accountOfUri } from './otpauth-entry';
import { decryptTwoFasServices } from './two-fas-crypto';
import type { ImportFormat, ImportedAccount } from './types';

/** 2FAS backup (.2fas), schema 1-4, plain or encrypted: `{ schemaVersion, services, servicesEncrypted? }`. */
const WHAT = '2FAS';

export const twoFas: ImportFormat<unknown> = {
  id: 'two-fas',
  label: '2FAS',
  detect(source) {
    const file = source.json;
    return isObject(file) && Array.isArray(field(file, 'services')) && numberField(file, 'schemaVersion') !== undefined;
  },
  read(source) {
    const file = requireObject(source.json, WHAT);
    const sealed = stringField(file, 'servicesEncrypted');
    if (sealed) return { encrypted: true, decrypt: (password) => decryptTwoFasServices(sealed, stringField(file, 'reference'), password) };
    return { encrypted: false, payload: field(file, 'services') };
  },
  convert(services) {
    return convertEntries(requireEntries(services, WHAT), convertService, nameOf);
  },
};

function nameOf(service: unknown): string | undefined {
  if (!isObject(service)) return undefined;
  return describeEntry(field(service, 'name'), field(objectField(service, 'otp') ?? {}, 'account'));
}

function convertService(service: unknown): ImportedAccount {
  const object = requireObject(service, WHAT);
  const otp = objectField(object, 'otp') ?? {};
  const link = stringField(otp, 'link');
  return toImportedAccount({
    // Schemas 1 and 2 have no token type: everything was TOTP then.
    type: stringField(otp, 'tokenType') ?? 'totp',
    // `name` is the service name the user sees in 2FAS; otp.issuer is what the QR code said.
    issuer: field(object, 'name'),
    label: stringField(otp, 'account') || (link ? accountOfUri(link) : ''),
    secret: field(object, 'secret'),
    algorithm: field(otp, 'algorithm'),
    digits: field(otp, 'digits'),
    period: field(otp, 'period'),
    counter: field(otp, 'counter'),
  });
}
