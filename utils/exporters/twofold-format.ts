/**
 * Twofold's own backup payload, shared by its exporter and its importer.
 * README.md, "Backup file format", is the specification; change both together.
 */
import type { StoredAccount } from '../accounts/model';

export const TWOFOLD_EXPORT_FORMAT = 'twofold-export';
/** Raised when the meaning of a field changes; older readers then refuse the file. */
export const TWOFOLD_EXPORT_VERSION = 1;

export interface TwofoldExport {
  format: typeof TWOFOLD_EXPORT_FORMAT;
  version: number;
  /** ISO 8601, UTC. */
  exportedAt: string;
  /** Account records exactly as the vault keeps them (README, "Account record JSON"), in the user's order. */
  accounts: StoredAccount[];
  /** Backup-code sets as the vault keeps them, passed through unchanged. */
  backupCodeSets: unknown[];
}

export function toTwofoldExport(accounts: StoredAccount[], backupCodeSets: unknown[], exportedAt: Date): TwofoldExport {
  return {
    format: TWOFOLD_EXPORT_FORMAT,
    version: TWOFOLD_EXPORT_VERSION,
    exportedAt: exportedAt.toISOString(),
    accounts,
    backupCodeSets,
  };
}
