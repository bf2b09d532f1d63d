import { parseSiteLinks } from '../accounts/parse';
import { parseBackupCodeSet } from '../backup-codes/validate';
import { TWOFOLD_EXPORT_FORMAT, TWOFOLD_EXPORT_VERSION } from '../exporters/twofold-format';
import { isErrorCode } from '../errors';
import { BACKUP_FORMAT, BACKUP_VERSION, openFile } from '../vault/file-envelope';
import { convertEntries, describeEntry, toImportedAccount } from './entries';
import { ImportError } from './errors';
import { iconFrom } from './icon';
import { booleanField, field, isObject, numberField, objectField, requireEntries, requireObject, stringField } from './json';
import type { JsonObject } from './json';
import type { ImportFormat, ImportedAccount, ImportedBackupCodes } from './types';
import { t } from '../i18n/translate';

/**
 * Twofold's own backup (README.md, "Backup file format"): the plain payload
 * `{ format: "twofold-export", version: 1, exportedAt, accounts, backupCodeSets }`,
 * or that payload sealed in the file envelope `{ format: "twofold-backup", … }`.
 * Each backup-code set travels with the account its `accountId` names in the file.
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
    const backupCodes = backupCodesByAccount(field(payload, 'backupCodeSets'));
    const convertOne = (entry: unknown) => withBackupCodes(convertEntry(entry), backupCodes.get(field(requireObject(entry, WHAT), 'id')));
    return convertEntries(entries, convertOne, (entry) => (isObject(entry) ? describeEntry(field(entry, 'issuer'), field(entry, 'label')) : undefined));
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

/** Sets are keyed by the file's account ids, which the import replaces; a damaged set costs the account its codes, not its import. */
function backupCodesByAccount(value: unknown): Map<unknown, ImportedBackupCodes> {
  const sets = new Map<unknown, ImportedBackupCodes>();
  for (const raw of Array.isArray(value) ? value : []) {
    try {
      const { id: _id, accountId, ...set } = parseBackupCodeSet(raw);
      // One current set per account: should a file hold two, the newer wins.
      if ((sets.get(accountId)?.savedAt ?? -Infinity) < set.savedAt) sets.set(accountId, set);
    } catch {
      continue;
    }
  }
  return sets;
}

function withBackupCodes(account: ImportedAccount, backupCodes: ImportedBackupCodes | undefined): ImportedAccount {
  return backupCodes ? { ...account, backupCodes } : account;
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

const damagedMessage = () => t('errors.import.malformedApp', { app: WHAT });

const newerVersion = () =>
  new ImportError('unsupported-format', t('errors.import.twofoldNewer'));
