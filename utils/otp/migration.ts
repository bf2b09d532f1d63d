import type { OtpAccount } from './account';
import { base32ToBytes, bytesToBase32 } from './base32';
import { base64ToBytes, bytesToBase64 } from './base64';
import { OtpError } from './errors';
import { joinIssuerLabel, splitIssuerLabel } from './label';
import {
  ACCOUNT_FIELD,
  ALGORITHM_BY_ENUM,
  DIGITS_BY_ENUM,
  enumOf,
  MD5_ENUM,
  MIGRATION_PERIOD,
  PAYLOAD_FIELD,
  PAYLOAD_VERSION,
  TYPE_BY_ENUM,
} from './migration-schema';
import { MalformedProtobufError, ProtobufWriter, readMessage } from './protobuf';
import type { ProtobufField } from './protobuf';
import { decodePercent, parseQuery } from './uri-query';
import { validateAccount } from './validate';
import { t } from '../i18n/translate';

/** Google Authenticator's "Transfer accounts" QR codes: otpauth-migration://offline?data=<base64 protobuf>. */

export interface MigrationBatch {
  /** 0-based position of this QR code in the export. */
  index: number;
  /** How many QR codes the export has. */
  size: number;
  /** Shared by all QR codes of one export. */
  id: number;
}

export interface MigrationImport {
  accounts: OtpAccount[];
  /** Entries that could not be imported; `index` counts entries in this QR code from 0. */
  errors: { index: number; message: string }[];
  batch: MigrationBatch;
}

// One QR code holds at most 2,953 bytes; the rest is room for tools that put
// more accounts into one link than Google Authenticator does.
export const MAX_MIGRATION_URI_LENGTH = 16384;

const MIGRATION_URI = /^otpauth-migration:\/\/offline\/?\?([^#]*)/i;
const damaged = () => t('errors.otp.migrationDamaged');

/**
 * Reads one export QR code. A broken link throws; a broken or unsupported
 * entry (MD5, unknown type, bad secret) becomes an error next to the good ones.
 */
export function parseMigrationUri(uri: string): MigrationImport {
  const text = uri.trim();
  if (!/^otpauth-migration:/i.test(text)) throw new OtpError('not-otpauth');
  if (text.length > MAX_MIGRATION_URI_LENGTH) throw new OtpError('invalid-uri', damaged());
  const query = MIGRATION_URI.exec(text)?.[1];
  if (query === undefined) throw new OtpError('invalid-uri', damaged());

  const data = parseQuery(query).get('data');
  if (!data) throw new OtpError('invalid-uri', damaged());
  // Percent-decoding only: '+' is a base64 digit here, not a space.
  const payload = readProtobuf(base64ToBytes(decodePercent(data), damaged));
  const accounts: OtpAccount[] = [];
  const errors: MigrationImport['errors'] = [];
  payload.filter((field) => field.number === PAYLOAD_FIELD.account).forEach((field, index) => {
    // Named so the user can tell which account did not come across.
    let name: string | undefined;
    try {
      const fields = readProtobuf(bytesOf(field));
      name = textOf(fields, ACCOUNT_FIELD.name) || textOf(fields, ACCOUNT_FIELD.issuer) || undefined;
      accounts.push(toAccount(fields));
    } catch (error) {
      if (!(error instanceof OtpError)) throw error;
      name ??= t('errors.otp.migrationAccount', { number: index + 1 });
      errors.push({ index, message: t('errors.otp.migrationEntry', { name, reason: error.message }) });
    }
  });
  return {
    accounts,
    errors,
    batch: {
      index: int32(varintOf(payload, PAYLOAD_FIELD.batchIndex) ?? 0n),
      size: int32(varintOf(payload, PAYLOAD_FIELD.batchSize) ?? 1n),
      id: int32(varintOf(payload, PAYLOAD_FIELD.batchId) ?? 0n),
    },
  };
}

/** Throws the OtpError for the first limit of Google Authenticator this account exceeds. */
export function assertMigrationCompatible(account: OtpAccount): void {
  if (account.type === 'steam') throw new OtpError('invalid-type', t('errors.otp.googleNoSteam'));
  if (enumOf(DIGITS_BY_ENUM, account.digits) === undefined) {
    throw new OtpError('invalid-digits', t('errors.otp.googleDigits'));
  }
  if (account.type === 'totp' && account.period !== MIGRATION_PERIOD) {
    throw new OtpError('invalid-period', t('errors.otp.googlePeriod'));
  }
}

/**
 * Writes accounts as export QR links, `maxPerQr` accounts each (Google
 * Authenticator puts 10 in one code). Names are written "Issuer:Account" as
 * Google Authenticator itself does, which parseMigrationUri reads back exactly.
 */
export function toMigrationUris(accounts: OtpAccount[], maxPerQr = 10): string[] {
  if (!Number.isInteger(maxPerQr) || maxPerQr < 1) throw new RangeError('maxPerQr must be a positive integer');
  accounts.forEach(assertMigrationCompatible);
  const size = Math.ceil(accounts.length / maxPerQr);
  // Only ties the codes of one export together; it need not be unpredictable.
  const id = Math.floor(Math.random() * 2 ** 31);
  return Array.from({ length: size }, (_, index) => {
    const payload = new ProtobufWriter();
    for (const account of accounts.slice(index * maxPerQr, (index + 1) * maxPerQr)) {
      payload.bytes(PAYLOAD_FIELD.account, accountToProtobuf(account));
    }
    payload
      .varint(PAYLOAD_FIELD.version, PAYLOAD_VERSION)
      .varint(PAYLOAD_FIELD.batchSize, size)
      .varint(PAYLOAD_FIELD.batchIndex, index)
      .varint(PAYLOAD_FIELD.batchId, id);
    return `otpauth-migration://offline?data=${encodeURIComponent(bytesToBase64(payload.finish()))}`;
  });
}

function toAccount(fields: ProtobufField[]): OtpAccount {
  const algorithmEnum = Number(varintOf(fields, ACCOUNT_FIELD.algorithm) ?? 0n);
  if (algorithmEnum === MD5_ENUM) throw new OtpError('invalid-algorithm', t('errors.otp.migrationMd5'));
  const algorithm = ALGORITHM_BY_ENUM.get(algorithmEnum);
  if (algorithm === undefined) throw new OtpError('invalid-algorithm', t('errors.otp.migrationAlgorithm'));
  const digits = DIGITS_BY_ENUM.get(Number(varintOf(fields, ACCOUNT_FIELD.digits) ?? 0n));
  if (digits === undefined) throw new OtpError('invalid-digits', t('errors.otp.migrationDigits'));
  const type = TYPE_BY_ENUM.get(Number(varintOf(fields, ACCOUNT_FIELD.type) ?? 0n));
  if (type === undefined) throw new OtpError('invalid-type', t('errors.otp.migrationType'));

  const [issuer, label] = splitName(textOf(fields, ACCOUNT_FIELD.name), textOf(fields, ACCOUNT_FIELD.issuer));
  return validateAccount({
    type,
    issuer,
    label,
    secret: bytesToBase32(bytesOf(fieldOf(fields, ACCOUNT_FIELD.secret))),
    algorithm,
    digits,
    period: MIGRATION_PERIOD,
    // int64 on the wire; validateAccount rejects a negative or huge one.
    counter: Number(BigInt.asIntN(64, varintOf(fields, ACCOUNT_FIELD.counter) ?? 0n)),
  });
}

/**
 * Google Authenticator keeps the otpauth label as the name ("GitHub:alice")
 * next to the issuer; drop that prefix when it repeats the issuer. Without an
 * issuer field, a prefix is the only issuer there is ("encoding: ¿äÄéÉ?").
 */
function splitName(name: string, issuerField: string): [issuer: string, label: string] {
  if (issuerField === '') {
    const [issuer = '', label] = splitIssuerLabel(name);
    return [issuer, label];
  }
  const prefix = `${issuerField}:`;
  return [issuerField, name.startsWith(prefix) ? name.slice(prefix.length) : name];
}

function accountToProtobuf(account: OtpAccount): Uint8Array {
  const entry = new ProtobufWriter()
    .bytes(ACCOUNT_FIELD.secret, base32ToBytes(account.secret))
    .string(ACCOUNT_FIELD.name, joinIssuerLabel(account.issuer, account.label));
  // Like Google Authenticator, leave out an empty issuer rather than write "".
  if (account.issuer !== '') entry.string(ACCOUNT_FIELD.issuer, account.issuer);
  entry
    .varint(ACCOUNT_FIELD.algorithm, enumOf(ALGORITHM_BY_ENUM, account.algorithm) ?? 0)
    .varint(ACCOUNT_FIELD.digits, enumOf(DIGITS_BY_ENUM, account.digits) ?? 0)
    .varint(ACCOUNT_FIELD.type, enumOf(TYPE_BY_ENUM, account.type) ?? 0);
  if (account.type === 'hotp') entry.varint(ACCOUNT_FIELD.counter, account.counter);
  return entry.finish();
}

function readProtobuf(bytes: Uint8Array): ProtobufField[] {
  try {
    return readMessage(bytes);
  } catch (error) {
    if (error instanceof MalformedProtobufError) throw new OtpError('invalid-uri', damaged());
    throw error;
  }
}

/** The last occurrence wins, as in protobuf. */
const fieldOf = (fields: ProtobufField[], number: number) => fields.findLast((field) => field.number === number);

/** A missing field reads as empty, as protobuf defaults say; a varint where bytes belong is damage. */
function bytesOf(field: ProtobufField | undefined): Uint8Array {
  if (field === undefined) return new Uint8Array();
  if (typeof field.value === 'bigint') throw new OtpError('invalid-uri', damaged());
  return field.value;
}

const textOf = (fields: ProtobufField[], number: number) => new TextDecoder().decode(bytesOf(fieldOf(fields, number)));

function varintOf(fields: ProtobufField[], number: number): bigint | undefined {
  const value = fieldOf(fields, number)?.value;
  if (value instanceof Uint8Array) throw new OtpError('invalid-uri', damaged());
  return value;
}

const int32 = (value: bigint) => Number(BigInt.asIntN(32, value));
