/** The files the import and export figures are about, made by Twofold's own exporters (so their format is the real one). */
import type { StoredAccount } from '../../../utils/accounts/model';
import { buildExport } from '../../../utils/exporters';

/** Issue 9: import and export of 10,000 accounts. */
export const FILE_ACCOUNTS = 10_000;
export const BACKUP_PASSWORD = 'bench backup password';

export const FILE_FORMATS = [
  { format: 'otpauth-list', label: 'otpauth:// list' },
  { format: 'twofold-plain', label: 'Twofold backup, plain' },
  { format: 'twofold-encrypted', label: 'Twofold backup, encrypted' },
] as const;

export type FileFormat = (typeof FILE_FORMATS)[number]['format'];

/** The file's text; the encrypted backup is sealed at the default key-derivation cost. */
export async function exportFile(format: FileFormat, accounts: StoredAccount[]): Promise<string> {
  const result = await buildExport(format, { accounts, backupCodeSets: [], filePassword: BACKUP_PASSWORD, now: new Date() });
  if (result.kind !== 'file') throw new Error(`${format} did not make a file`);
  return result.text;
}
