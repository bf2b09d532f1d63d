/**
 * What the import and export messages carry. Import previews are views (no
 * secret leaves the worker before the user commits); export results are the
 * file or links the user asked for, after proving the password again.
 */
import type { OtpType } from './otp/account';

export type ImportEntryStatus = 'new' | 'duplicate' | 'invalid';

export interface ImportEntryView {
  /** Position in the preview: what `import.commit` names. */
  index: number;
  status: ImportEntryStatus;
  issuer: string;
  label: string;
  type?: OtpType;
  /** Why a duplicate or invalid entry will not be imported, for the user. */
  reason?: string;
}

export interface ImportPreviewRequest {
  fileName: string;
  /** The file's bytes, base64: runtime messages are JSON, and backups may be binary. */
  data: string;
  password?: string;
}

export interface ImportPreview {
  previewId: string;
  /** Name of the app the file comes from. */
  formatLabel: string;
  entries: ImportEntryView[];
  /** Epoch ms after which the worker forgets the parsed file. */
  expiresAt: number;
}

export interface ImportCommitRequest {
  previewId: string;
  /** Indexes of `new` entries the user chose. */
  indexes: number[];
}

export interface ImportCommitResult {
  added: number;
  /** Chosen entries that became duplicates since the preview (added meanwhile elsewhere). */
  skipped: number;
}

export type ExportFormatId = 'twofold-encrypted' | 'twofold-plain' | 'otpauth-list' | 'aegis-plain' | 'google-qr';

/** Names and descriptions are the options page's (catalog: options.export.formats). */
export interface ExportFormatInfo {
  id: ExportFormatId;
  /** Secrets in the clear: offered only after an explicit warning. */
  plain: boolean;
}

/** In the order the export card offers them; the first is the default. */
export const EXPORT_FORMATS: readonly ExportFormatInfo[] = [
  { id: 'twofold-encrypted', plain: false },
  { id: 'twofold-plain', plain: true },
  { id: 'otpauth-list', plain: true },
  { id: 'aegis-plain', plain: true },
  { id: 'google-qr', plain: true },
];

export interface ExportRequest {
  format: ExportFormatId;
  /** The vault password, proven again by unwrapping the data key. */
  password: string;
  /** Encrypted backup only: another password for the file (default: the vault password). */
  filePassword?: string;
}

/** An account an export format cannot hold, and why. */
export interface ExportOmission {
  issuer: string;
  label: string;
  reason: string;
}

export type ExportResult =
  | { kind: 'file'; fileName: string; mimeType: string; text: string; count: number }
  | { kind: 'qr'; links: string[]; count: number; omitted: ExportOmission[] };
