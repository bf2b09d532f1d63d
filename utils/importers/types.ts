import type { SiteLink } from '../accounts/model';
import type { BackupCodeSet } from '../backup-codes/model';
import type { OtpAccount } from '../otp/account';

/** A raster image shipped with an entry (Aegis). SVG is never imported: it is active content. */
export interface ImportedIcon {
  mime: 'image/png' | 'image/jpeg' | 'image/webp';
  /** Base64 of the image bytes. */
  data: string;
}

export interface ImportedAccount extends OtpAccount {
  note?: string;
  icon?: ImportedIcon;
  /** Only Twofold's own backups know these; other apps' files leave them out. */
  sites?: SiteLink[];
  pinned?: boolean;
  /** The account's backup codes (Twofold's own backups): the set gets new ids when it is written. */
  backupCodes?: ImportedBackupCodes;
}

export type ImportedBackupCodes = Omit<BackupCodeSet, 'id' | 'accountId'>;

/** One entry of a good file that could not be imported; the rest of the file still is. */
export interface EntryError {
  /** Position of the entry in the file (0-based, in the file's own order). */
  index: number;
  /** What the user would recognise the entry by, when the file tells us. */
  name?: string;
  message: string;
}

export interface ConvertResult {
  accounts: ImportedAccount[];
  errors: EntryError[];
}

export interface ImportResult extends ConvertResult {
  /** `id` of the format that read the file. */
  format: string;
}

export interface ImportInput {
  fileName?: string;
  data: string | Uint8Array;
}

export interface ImportOptions {
  password?: string;
}

/** The file as every format sees it; `text` and `json` are decoded once, on first use. */
export interface ImportSource {
  readonly fileName: string;
  readonly bytes: Uint8Array;
  /** UTF-8 text (byte-order mark removed); garbage for binary files. */
  readonly text: string;
  /** `JSON.parse(text)`, or undefined when the text is not JSON. */
  readonly json: unknown;
}

/** `true`: certainly this format. `'maybe'`: cannot tell without trying (no magic bytes). */
export type Detection = boolean | 'maybe';

export type Opened<Payload> =
  | { encrypted: false; payload: Payload }
  | { encrypted: true; decrypt(password: string): Promise<Payload> };

/**
 * One import format, in two phases (as Aegis does): `read` parses the file's
 * envelope and says whether it is encrypted; `decrypt` (when it is) turns a
 * password into the payload or throws 'wrong-password'; `convert` turns the
 * payload into accounts, one EntryError per bad entry. `read` and `decrypt`
 * throw ImportError for problems with the whole file.
 */
export interface ImportFormat<Payload = unknown> {
  readonly id: string;
  /** Name of the app the file comes from, shown to the user. */
  readonly label: string;
  detect(source: ImportSource): Detection;
  read(source: ImportSource): Opened<Payload>;
  convert(payload: Payload): ConvertResult;
}
