import { convertEntries, describeEntry } from './entries';
import { field, isObject, numberField, objectField, requireEntries, requireObject, stringField } from './json';
import type { JsonObject } from './json';
import { decryptProtonExport } from './proton-authenticator-crypto';
import { accountFromTotpField } from './totp-field';
import type { ImportFormat, ImportedAccount } from './types';

/**
 * Proton Authenticator export: `{ version: 1, entries: [{ content: { uri, entry_type, name }, note }] }`,
 * or password-protected `{ version: 1, salt, content }`.
 */
const WHAT = 'Proton Authenticator';

export const protonAuthenticator: ImportFormat<unknown> = {
  id: 'proton-authenticator',
  label: 'Proton Authenticator',
  detect(source) {
    const file = source.json;
    if (!isObject(file) || numberField(file, 'version') === undefined) return false;
    const entries = field(file, 'entries');
    if (Array.isArray(entries)) return entries.length === 0 || (isObject(entries[0]) && isObject(field(entries[0], 'content')));
    return typeof field(file, 'salt') === 'string' && typeof field(file, 'content') === 'string';
  },
  read(source) {
    const file = requireObject(source.json, WHAT);
    const salt = stringField(file, 'salt');
    const content = stringField(file, 'content');
    if (salt !== undefined && content !== undefined) return { encrypted: true, decrypt: (password) => decryptProtonExport(salt, content, password) };
    return { encrypted: false, payload: file };
  },
  convert(file) {
    const entries = requireEntries(field(requireObject(file, WHAT), 'entries'), WHAT);
    return convertEntries(entries, convertEntry, (entry) => (isObject(entry) ? describeEntry(field(contentOf(entry), 'name'), undefined) : undefined));
  },
};

const contentOf = (entry: JsonObject) => objectField(entry, 'content') ?? {};

function convertEntry(entry: unknown): ImportedAccount {
  const object = requireObject(entry, WHAT);
  const content = contentOf(object);
  return accountFromTotpField(stringField(content, 'uri') ?? '', { name: field(content, 'name'), username: '', note: field(object, 'note') });
}
