import { TwofoldError } from '../errors';
import type { OtpAlgorithm, OtpType } from '../otp/account';
import { OtpError } from '../otp/errors';
import { validateAccount } from '../otp/validate';
import { ImportError } from './errors';
import { MAX_NAME_LENGTH, MAX_NOTE_LENGTH, MAX_SECRET_LENGTH } from './limits';
import { cleanText } from './text';
import type { ConvertResult, EntryError, ImportedAccount, ImportedIcon } from './types';
import { t } from '../i18n/translate';

/** What a format module extracts from one entry, still untrusted and unchecked. */
export interface EntryFields {
  /** The file's own name for the kind of code ("TOTP", "hotp", "Steam"...). */
  type?: string;
  issuer?: unknown;
  label?: unknown;
  secret: unknown;
  algorithm?: unknown;
  digits?: unknown;
  period?: unknown;
  counter?: unknown;
  note?: unknown;
  icon?: ImportedIcon;
}

// Kinds of code other apps support and we do not (yet): named, so the user
// learns why an entry was left out.
const UNSUPPORTED_TYPES: Record<string, string> = {
  motp: 'mOTP',
  yandex: 'Yandex',
  yaotp: 'Yandex',
};

/** Throws the ImportError that names a kind of code we know of but do not support. */
export function rejectUnsupportedType(raw: string): void {
  const type = raw.trim().toLowerCase();
  // hasOwn: a type named "constructor" must not find Object.prototype.constructor.
  if (!Object.hasOwn(UNSUPPORTED_TYPES, type)) return;
  throw new ImportError('unsupported-entry', t('errors.import.unsupportedType', { type: UNSUPPORTED_TYPES[type]! }));
}

function toType(raw: string | undefined): OtpType | undefined {
  if (raw === undefined) return undefined;
  const type = raw.trim().toLowerCase();
  if (type === 'totp' || type === 'hotp' || type === 'steam') return type;
  rejectUnsupportedType(type);
  throw new OtpError('invalid-type');
}

/** Undefined stays undefined (use the default); anything present but not a number becomes NaN (rejected). */
function toInteger(value: unknown): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && /^\s*\d{1,15}\s*$/.test(value)) return Number(value);
  return Number.NaN;
}

function toAlgorithm(value: unknown): OtpAlgorithm | undefined {
  if (value === undefined || value === null) return undefined;
  // "sha-256", "HmacSHA256" and "SHA256" all name the same hash. validateAccount
  // rejects whatever is left that is not one of ours (SHA384, MD5, GOST...).
  const name = typeof value === 'string' ? value.toUpperCase().replace(/^HMAC/, '').replace(/-/g, '') : '';
  return name as OtpAlgorithm;
}

/** Checks one entry through the same gate as typed-in accounts and caps its texts. */
export function toImportedAccount(fields: EntryFields): ImportedAccount {
  if (typeof fields.secret !== 'string' || fields.secret.trim() === '') throw new OtpError('missing-secret');
  if (fields.secret.length > MAX_SECRET_LENGTH) throw new OtpError('invalid-secret', t('errors.import.secretTooLong'));
  const account: ImportedAccount = validateAccount({
    type: toType(fields.type),
    issuer: cleanText(fields.issuer, MAX_NAME_LENGTH),
    label: cleanText(fields.label, MAX_NAME_LENGTH),
    secret: fields.secret,
    algorithm: toAlgorithm(fields.algorithm),
    digits: toInteger(fields.digits),
    period: toInteger(fields.period),
    counter: toInteger(fields.counter),
  });
  const note = cleanText(fields.note, MAX_NOTE_LENGTH);
  if (note) account.note = note;
  if (fields.icon) account.icon = fields.icon;
  return account;
}

/** The account with the note the file keeps outside its OTP data (Proton), if any. */
export function withNote(account: ImportedAccount, note: unknown): ImportedAccount {
  const text = cleanText(note, MAX_NOTE_LENGTH);
  return text ? { ...account, note: text } : account;
}

/** "Issuer (account)", or whichever of the two the entry has. */
export function describeEntry(issuer: unknown, label: unknown): string | undefined {
  const parts = [cleanText(issuer, MAX_NAME_LENGTH), cleanText(label, MAX_NAME_LENGTH)].filter(Boolean);
  if (parts.length === 0) return undefined;
  return parts.length === 2 ? `${parts[0]} (${parts[1]})` : parts[0];
}


export function entryError(index: number, error: unknown, name?: string): EntryError {
  // Our errors carry messages written for users; anything else may carry internals.
  const message = error instanceof TwofoldError ? error.message : t('errors.import.entryUnreadable');
  return name === undefined ? { index, message } : { index, name, message };
}

/**
 * Converts every entry on its own: one bad entry becomes an EntryError and the
 * others still import. `nameOf` only reads, so it cannot fail on odd input.
 */
export function convertEntries<Item>(
  items: readonly Item[],
  convertOne: (item: Item) => ImportedAccount,
  nameOf: (item: Item) => string | undefined,
): ConvertResult {
  const result: ConvertResult = { accounts: [], errors: [] };
  items.forEach((item, index) => {
    try {
      result.accounts.push(convertOne(item));
    } catch (error) {
      result.errors.push(entryError(index, error, nameOf(item)));
    }
  });
  return result;
}
