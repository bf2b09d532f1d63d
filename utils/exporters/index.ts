/**
 * Every export format as a function from the vault's accounts to what the user
 * gets: a file (name, type, text) or transfer QR links. Pure except for the
 * encrypted backup's key derivation; the worker calls it after the password check.
 */
import type { StoredAccount } from '../accounts/model';
import type { ExportFormatId, ExportResult } from '../import-export';
import { sealFile } from '../vault/file-envelope';
import type { KdfCost } from '../vault/kdf-params';
import { toAegisVault } from './aegis';
import { toGoogleMigration } from './google-migration';
import { toOtpauthList } from './otpauth-list';
import { toTwofoldExport } from './twofold-format';

export interface ExportInput {
  accounts: StoredAccount[];
  backupCodeSets: unknown[];
  /** Encrypted backup only. */
  filePassword: string;
  now: Date;
  /** Encrypted backup only; default: the vault's target cost (tests pass the floor). */
  kdfCost?: KdfCost;
}

const JSON_TYPE = 'application/json';

export async function buildExport(format: ExportFormatId, input: ExportInput): Promise<ExportResult> {
  const { accounts, now } = input;
  const count = accounts.length;
  const date = now.toISOString().slice(0, 10);
  switch (format) {
    case 'twofold-encrypted': {
      const text = await sealFile(input.filePassword, toTwofoldExport(accounts, input.backupCodeSets, now), input.kdfCost);
      return { kind: 'file', fileName: `twofold-backup-${date}.json`, mimeType: JSON_TYPE, text: `${text}\n`, count };
    }
    case 'twofold-plain': {
      const text = `${JSON.stringify(toTwofoldExport(accounts, input.backupCodeSets, now), null, 2)}\n`;
      return { kind: 'file', fileName: `twofold-backup-${date}-UNENCRYPTED.json`, mimeType: JSON_TYPE, text, count };
    }
    case 'otpauth-list':
      return { kind: 'file', fileName: `twofold-links-${date}-UNENCRYPTED.txt`, mimeType: 'text/plain', text: toOtpauthList(accounts), count };
    case 'aegis-plain':
      return { kind: 'file', fileName: `aegis-export-${date}-UNENCRYPTED.json`, mimeType: JSON_TYPE, text: toAegisVault(accounts), count };
    case 'google-qr': {
      const { links, omitted } = toGoogleMigration(accounts);
      return { kind: 'qr', links, omitted, count: count - omitted.length };
    }
  }
}
