/**
 * Which importer reads each fixture folder of shared/fixtures/imports, and why
 * the rest is deliberately left out. coverage.test.ts fails on a folder (or a
 * named file) this table does not account for.
 */
import type { ImportErrorCode } from '../../../utils/importers/errors';

export type FileCoverage =
  /** Read by another format than the folder's. */
  | { format: string }
  /** Refused as a whole, with this code. */
  | { fileError: ImportErrorCode }
  | { notCovered: string };

export interface FolderCoverage {
  /** Format id (utils/importers registry) that reads the folder's files. */
  format?: string;
  files?: Record<string, FileCoverage>;
  /** Set when no file of the folder is imported. */
  notCovered?: string;
}

const APP_INTERNAL = 'app-internal data (needs root on the phone), not an export a user can make';
const SQLITE = 'SQLite database: app-internal storage, not an export; reading SQLite needs a WASM SQLite we do not ship';
const QR_IMAGE = 'QR image: decoding images is utils/qr; its decoded text (QR_PAYLOADS.json) is tested in google-migration.test.ts';

export const FIXTURE_COVERAGE: Record<string, FolderCoverage> = {
  '2fas': { format: 'two-fas' },
  aegis: { format: 'aegis', files: { 'proton-pass-common/aegis-txt.txt': { format: 'otpauth-list' } } },
  andotp: { format: 'andotp' },
  authenticator_extension: { format: 'authenticator-extension' },
  authenticator_plus: { notCovered: 'ZipCrypto-encrypted ZIP and SQLCipher database: no ZIP/SQLCipher reader in the extension' },
  authman: { format: 'authman' },
  authy: { notCovered: APP_INTERNAL },
  battle_net: { notCovered: APP_INTERNAL },
  bitwarden: {
    format: 'bitwarden',
    files: {
      'Aegis/bitwarden.csv': { format: 'bitwarden-csv' },
      'proton-pass-common/bitwarden.csv': { format: 'bitwarden-csv' },
      'proton-pass-common/bitwarden_sample.csv': { format: 'bitwarden-csv' },
      'Stratum/bitwarden.encrypted.accountrestricted.json': { fileError: 'unsupported-format' },
    },
  },
  bitwarden_authenticator: { format: 'bitwarden' },
  duo: { notCovered: APP_INTERNAL },
  ente: {
    format: 'otpauth-list',
    files: {
      'proton-pass-common/encrypted.lowcomplexity.txt': { notCovered: 'Ente encrypted export: XChaCha20-Poly1305 secretstream, not in WebCrypto' },
      'proton-pass-common/encrypted.nominalcomplexity.txt': { notCovered: 'Ente encrypted export: XChaCha20-Poly1305 secretstream, not in WebCrypto' },
      'Stratum/ente.encrypted.json': { notCovered: 'Ente encrypted export: XChaCha20-Poly1305 secretstream, not in WebCrypto (and 1 GiB Argon2id)' },
    },
  },
  freeotp: { notCovered: 'FreeOTP v1 is app-internal XML; v2 backups are Java-serialized HashMaps (not requested yet)' },
  freeotp_plus: {
    format: 'freeotp-plus',
    files: { 'Aegis/freeotp_plus_internal.xml': { notCovered: APP_INTERNAL } },
  },
  google_authenticator: {
    format: 'google-authenticator',
    files: {
      'Aegis/google_authenticator.sqlite': { notCovered: SQLITE },
      'proton-pass-common/GoogleAuthenticatorExport_1.png': { notCovered: QR_IMAGE },
      'proton-pass-common/GoogleAuthenticatorExport_2.png': { notCovered: QR_IMAGE },
      'proton-pass-common/GoogleAuthenticatorExport_3.png': { notCovered: QR_IMAGE },
      'proton-pass-common/GoogleAuthImportScreenshotCropped.jpg': { notCovered: QR_IMAGE },
      'proton-pass-common/GoogleAuthenticator_ScreenshotBigQR.jpeg': { notCovered: QR_IMAGE },
      'extract_otp_secrets/example_export.png': { notCovered: QR_IMAGE },
    },
  },
  keepass: { notCovered: 'KeePass KDBX database: needs a KDBX reader (kdbxweb) we do not ship; export the entries as otpauth links instead' },
  lastpass: { format: 'lastpass' },
  microsoft_authenticator: { notCovered: SQLITE },
  otpauth_uri_list: { format: 'otpauth-list' },
  proton_authenticator: { format: 'proton-authenticator' },
  proton_pass: { notCovered: 'Proton Pass ZIP export: not requested yet (needs a ZIP reader)' },
  raivo: { notCovered: 'Raivo OTP export: not requested yet (a ZIP in the wild; only the inner JSON exists here)' },
  steam: { format: 'steam-mafile' },
  stratum: {
    format: 'stratum',
    files: {
      'Stratum/backup.html': { format: 'stratum-html' },
      'Aegis/stratum_internal.db': { notCovered: SQLITE },
    },
  },
  totp_authenticator: { notCovered: 'TOTP Authenticator (BinaryBoxStudio) backup: not requested yet' },
  winauth: { notCovered: 'WinAuth ZIP export (ZipCrypto): no ZIP reader in the extension' },
};

/** How the importer should treat one fixture file: read by `format`, refused, or not covered. */
export function fileCoverage(folder: string, file: string): FileCoverage | undefined {
  const coverage = FIXTURE_COVERAGE[folder];
  if (!coverage || coverage.notCovered) return undefined;
  return coverage.files?.[file] ?? { format: coverage.format ?? '' };
}
