import { decryptAegisVault } from './aegis-vault-crypto';
import { convertEntries, describeEntry, toImportedAccount } from './entries';
import { ImportError } from './errors';
import { iconFrom } from './icon';
import { field, isObject, numberField, objectField, requireEntries, requireObject, stringField } from './json';
import type { JsonObject } from './json';
import type { ImportFormat, ImportedAccount } from './types';
import { t } from '../i18n/translate';

/** Aegis vault JSON, plain or encrypted: `{ version: 1, header: { slots, params }, db }`. */
const WHAT = 'Aegis';
const ENVELOPE_VERSION = 1;
const NEWEST_DB_VERSION = 3;

export const aegis: ImportFormat<JsonObject> = {
  id: 'aegis',
  label: 'Aegis',
  detect(source) {
    const file = source.json;
    return isObject(file) && isObject(field(file, 'header')) && field(file, 'db') !== undefined && typeof field(file, 'version') === 'number';
  },
  read(source) {
    const file = requireObject(source.json, WHAT);
    // Refuse newer versions loudly instead of guessing at their meaning.
    if (numberField(file, 'version') !== ENVELOPE_VERSION) throw newerVersion();
    const header = requireObject(objectField(file, 'header'), WHAT);
    const db = field(file, 'db');
    if (typeof db === 'string') return { encrypted: true, decrypt: (password) => decryptAegisVault(header, db, password) };
    return { encrypted: false, payload: requireObject(db, WHAT) };
  },
  convert(db) {
    const version = numberField(db, 'version');
    if (version === undefined || version > NEWEST_DB_VERSION) throw newerVersion();
    const entries = requireEntries(field(db, 'entries'), WHAT);
    return convertEntries(entries, convertEntry, (entry) => isObject(entry) ? describeEntry(field(entry, 'issuer'), field(entry, 'name')) : undefined);
  },
};

function convertEntry(entry: unknown): ImportedAccount {
  const object = requireObject(entry, WHAT);
  const info = requireObject(objectField(object, 'info'), WHAT);
  return toImportedAccount({
    type: stringField(object, 'type') ?? '',
    issuer: field(object, 'issuer'),
    label: field(object, 'name'),
    secret: field(info, 'secret'),
    algorithm: field(info, 'algo'),
    digits: field(info, 'digits'),
    period: field(info, 'period'),
    counter: field(info, 'counter'),
    note: field(object, 'note'),
    icon: iconFrom(field(object, 'icon_mime'), field(object, 'icon')),
  });
}

const newerVersion = () =>
  new ImportError('unsupported-format', t('errors.import.aegisNewer'));
