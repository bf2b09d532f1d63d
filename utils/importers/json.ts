import { ImportError } from './errors';
import { MAX_ENTRIES } from './limits';
import { t } from '../i18n/translate';

/**
 * Safe reading of untrusted JSON: values are only taken from own properties
 * (so "constructor" or "__proto__" never resolve to Object.prototype members),
 * checked for their type, and never copied wholesale into our objects.
 */
export type JsonObject = { readonly [key: string]: unknown };

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function field(object: JsonObject, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

export function stringField(object: JsonObject, key: string): string | undefined {
  const value = field(object, key);
  return typeof value === 'string' ? value : undefined;
}

/** A finite number, or a string of digits (some apps write numbers as text). */
export function numberField(object: JsonObject, key: string): number | undefined {
  const value = field(object, key);
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^\d{1,15}$/.test(value.trim())) return Number(value.trim());
  return undefined;
}

export function booleanField(object: JsonObject, key: string): boolean | undefined {
  const value = field(object, key);
  return typeof value === 'boolean' ? value : undefined;
}

export function objectField(object: JsonObject, key: string): JsonObject | undefined {
  const value = field(object, key);
  return isObject(value) ? value : undefined;
}

export function arrayField(object: JsonObject, key: string): readonly unknown[] | undefined {
  const value = field(object, key);
  return Array.isArray(value) ? value : undefined;
}

/** The list of entries of a file: must be an array, and not an absurdly long one. */
export function requireEntries(value: unknown, what: string): readonly unknown[] {
  if (!Array.isArray(value)) throw new ImportError('malformed', t('errors.import.noAccountList', { app: what }));
  if (value.length > MAX_ENTRIES) throw new ImportError('malformed', t('errors.import.tooManyAccountsApp', { app: what }));
  return value;
}

export function requireObject(value: unknown, what: string): JsonObject {
  if (!isObject(value)) throw new ImportError('malformed', t('errors.import.malformedApp', { app: what }));
  return value;
}

/** JSON.parse for decrypted payloads: a failure there means damage, not a wrong guess at the format. */
export function parseJsonPayload(text: string, what: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ImportError('malformed', t('errors.import.malformedApp', { app: what }));
  }
}
