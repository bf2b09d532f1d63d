import { parseSiteLinks } from '../accounts/parse';
import { TWOFOLD_EXPORT_FORMAT, TWOFOLD_EXPORT_VERSION } from '../exporters/twofold-format';
import { isErrorCode } from '../errors';
import { BACKUP_FORMAT, BACKUP_VERSION, openFile } from '../vault/file-envelope';
import { convertEntries, describeEntry, toImportedAccount } from './entries';
import { ImportError } from './errors';
import { iconFrom } from './icon';
import { booleanField, field, isObject, numberField, objectField, requireEntries, requireObject, stringField } from './json';
import type { JsonObject } from './json';
import type { ImportFormat, ImportedAccount } from './types';

/**
 * Twofold's own backup (README.md, "Backup file format"): the plain payload
 * `{ format: "twofold-export", version: 1, exportedAt, accounts, backupCodeSets }`,
 * or that payload sealed in the file envelope `{ format: "twofold-backup", … }`.
 * Backup-code sets are not imported yet; the accounts are.
 */
const WHAT = 'Twofold';
const PNG_DATA_URL = /^data:image\/png;base64,(.+)$/;

export const twofold: ImportFormat<JsonObject> = {
  id: 'twofold',
  label: 'Twofold',
  detect(source) {
    const file = source.json;
    if (!isObject(file)) return false;
    const format = field(file, 'format');
    return format === TWOFOLD_EXPORT_FORMAT || format === BACKUP_FORMAT;
  },
  read(source) {
    const file = requireObject(source.json, WHAT);
    if (field(file, 'format') === TWOFOLD_EXPORT_FORMAT) return { encrypted: false, payload: checkPayload(file) };
    // Refused before asking for a password that could not help.
    if ((numberField(file, 'version') ?? 0) > BACKUP_VERSION) throw newerVersion();
    return { encrypted: true, decrypt: async (password) => checkPayload(await openBackup(password, source.text)) };
  },
  convert(payload) {
    const entries = requireEntries(field(payload, 'accounts'), WHAT);
    return convertEntries(entries, convertEntry, (entry) => (isObject(entry) ? describeEntry(field(entry, 'issuer'), field(entry, 'label')) : undefined));
  },
};

async function openBackup(password: string, text: string): Promise<unknown> {
  try {
    return await openFile(password, text);
  } catch (error) {
    if (isErrorCode(error, 'wrong-password')) throw new ImportError('wrong-password');
    if (isErrorCode(error, 'unsupported-version')) throw newerVersion();
    throw new ImportError('malformed', damagedMessage());
  }
}

function checkPayload(value: unknown): JsonObject {
  const payload = requireObject(value, WHAT);
  if (field(payload, 'format') !== TWOFOLD_EXPORT_FORMAT) throw new ImportError('malformed', damagedMessage());
  const version = numberField(payload, 'version');
  if (version !== undefined && version > TWOFOLD_EXPORT_VERSION) throw newerVersion();
  if (version !== TWOFOLD_EXPORT_VERSION) throw new ImportError('malformed', damagedMessage());
  return payload;
}

function convertEntry(entry: unknown): ImportedAccount {
  const object = requireObject(entry, WHAT);
  const account = toImportedAccount({
    type: stringField(object, 'type') ?? '',
    issuer: field(object, 'issuer'),
    label: field(object, 'label'),
    secret: field(object, 'secret'),
    algorithm: field(object, 'algorithm'),
    digits: field(object, 'digits'),
    period: field(object, 'period'),
    counter: field(object, 'counter'),
    note: field(object, 'note'),
    icon: imageIcon(objectField(object, 'icon')),
  });
  const pinned = booleanField(object, 'pinned');
  const sites = siteLinks(field(object, 'sites'));
  return { ...account, ...(pinned === undefined ? {} : { pinned }), ...(sites.length === 0 ? {} : { sites }) };
}

/** Only an image icon travels; "auto" and letter icons are chosen again on this install. */
function imageIcon(icon: JsonObject | undefined) {
  if (!icon || field(icon, 'kind') !== 'image') return undefined;
  const base64 = PNG_DATA_URL.exec(stringField(icon, 'dataUrl') ?? '')?.[1];
  return iconFrom('image/png', base64);
}

/** Sites are a convenience: a damaged list costs the account its sites, not its import. */
function siteLinks(value: unknown) {
  try {
    return parseSiteLinks(value);
  } catch {
    return [];
  }
}

const damagedMessage = () => `This ${WHAT} backup is damaged or incomplete, so it cannot be imported.`;

const newerVersion = () =>
  new ImportError('unsupported-format', 'This backup was made by a newer version of Twofold. Update Twofold, then import it again.');
