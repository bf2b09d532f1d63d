/**
 * Google Authenticator transfer links (one per QR code) for the accounts it can
 * hold; the others are listed with the reason, never dropped silently.
 */
import type { ExportOmission } from '../import-export';
import type { OtpAccount } from '../otp/account';
import { OtpError } from '../otp/errors';
import { assertMigrationCompatible, toMigrationUris } from '../otp/migration';

/** Google Authenticator puts 10 accounts in one QR code. */
const ACCOUNTS_PER_QR = 10;
/**
 * Long names make dense codes that phone cameras misread; above this many
 * characters a code holds fewer accounts. (A version-40 code, the largest,
 * holds 2,331 bytes at the medium error correction the options page uses.)
 */
export const MAX_QR_LINK_LENGTH = 1_800;

export interface MigrationExport {
  links: string[];
  omitted: ExportOmission[];
}

export function toGoogleMigration(accounts: OtpAccount[]): MigrationExport {
  const compatible: OtpAccount[] = [];
  const omitted: ExportOmission[] = [];
  for (const account of accounts) {
    try {
      assertMigrationCompatible(account);
      compatible.push(account);
    } catch (error) {
      if (!(error instanceof OtpError)) throw error;
      omitted.push({ issuer: account.issuer, label: account.label, reason: error.message });
    }
  }
  return { links: linksThatFit(compatible), omitted };
}

function linksThatFit(accounts: OtpAccount[]): string[] {
  if (accounts.length === 0) return [];
  for (let perQr = ACCOUNTS_PER_QR; perQr > 1; perQr--) {
    const links = toMigrationUris(accounts, perQr);
    if (links.every((link) => link.length <= MAX_QR_LINK_LENGTH)) return links;
  }
  // One account per code: names are capped at 256 characters, so even this fits a QR code.
  return toMigrationUris(accounts, 1);
}
