/**
 * What the worker tells Twofold's pages about QR codes it found: everything
 * needed to confirm or choose, never a secret (those stay in the worker's
 * pending store until the user confirms).
 */
import type { AccountView } from '../accounts/model';
import type { OtpAccount } from '../otp/account';
import type { CssRegion } from './image';

/** An account read from a QR code, waiting for the user's confirmation. */
export type QrPendingAccount = Omit<OtpAccount, 'secret'> & { pendingId: string };

export type QrUnusableReason = 'damaged' | 'non-standard' | 'not-2fa' | 'no-code' | 'unreadable-image';

export type QrFinding =
  | { kind: 'account'; account: QrPendingAccount }
  /** One QR code of a Google Authenticator export; its accounts are listed under `migrations`. */
  | { kind: 'migration'; batchId: number; index: number; size: number }
  | { kind: 'unusable'; reason: QrUnusableReason; message: string };

/** A Google Authenticator export, gathered across its QR codes ("2 of 3 scanned"). */
export interface QrMigrationBatch {
  /** Google's batch id with the export's size: exports made apart can share an id (often 0). */
  key: string;
  batchId: number;
  /** How many QR codes the export has, and how many of them have been read. */
  size: number;
  scanned: number;
  accounts: QrPendingAccount[];
  /** Entries that cannot be imported, as sentences. */
  errors: string[];
}

export interface QrScanState {
  /**
   * `selecting`: nothing was found and the page shows the region-select overlay.
   * `failed`: a scan started from the context menu or shortcut could not run (`error` says why).
   */
  status: 'found' | 'nothing-found' | 'selecting' | 'failed';
  error?: string;
  /** The first time this scan is read: a popup opened by a context-menu scan goes straight to it. */
  unseen?: boolean;
  findings: QrFinding[];
  migrations: QrMigrationBatch[];
  /** The origin that confirmed accounts will be linked to (scans of a page). */
  site?: string;
}

/** Several screenshots of an export at once; each at most a large PNG screenshot. */
export const MAX_QR_IMAGES = 10;
export const MAX_QR_IMAGE_BYTES = 16 * 1024 * 1024;

export interface QrImageUpload {
  name: string;
  /** The file's bytes, base64 (extension messages carry JSON). */
  base64: string;
}

/** What the overlay sends: the rectangle, or that the user gave up. */
export type QrRegionReply = { region: CssRegion } | { cancelled: true };

export interface QrMigrationImportResult {
  added: AccountView[];
  failed: { pendingId: string; message: string }[];
}
