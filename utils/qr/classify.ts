/**
 * What a QR code's text is, for the user: a two-factor setup link, a Google
 * Authenticator export, a vendor's non-standard enrolment, or not two-factor at
 * all, each unusable kind with a sentence that says why and what to do.
 */
import type { OtpAccount } from '../otp/account';
import { parseMigrationUri, type MigrationImport } from '../otp/migration';
import { parseOtpauthUri } from '../otp/uri';
import { TwofoldError } from '../errors';
import { recognizeNonStandard } from './known-non-standard';
import { t } from '../i18n/translate';

export type UnusableReason = 'damaged' | 'non-standard' | 'not-2fa';

export type QrContent =
  | { kind: 'otpauth'; account: OtpAccount }
  | { kind: 'migration'; migration: MigrationImport }
  | { kind: 'unusable'; reason: UnusableReason; message: string };

export function classifyQrText(text: string): QrContent {
  // Checked first: some vendors' links use the otpauth scheme with their own type.
  const nonStandard = recognizeNonStandard(text);
  if (nonStandard) return { kind: 'unusable', reason: 'non-standard', message: nonStandard.message };

  const trimmed = text.trim();
  if (/^otpauth-migration:/i.test(trimmed)) {
    return attempt(() => ({ kind: 'migration', migration: parseMigrationUri(trimmed) }), (reason) => t('errors.qr.cannotUseMigration', { reason }));
  }
  if (/^otpauth:/i.test(trimmed)) {
    return attempt(() => ({ kind: 'otpauth', account: parseOtpauthUri(trimmed) }), (reason) => t('errors.qr.cannotUseSetup', { reason }));
  }
  return { kind: 'unusable', reason: 'not-2fa', message: describeOther(trimmed) };
}

function attempt(parse: () => QrContent, cannotUse: (reason: string) => string): QrContent {
  try {
    return parse();
  } catch (error) {
    // Only the parsers' own errors carry a sentence for the user; anything else is a bug and goes up.
    if (!(error instanceof TwofoldError)) throw error;
    return { kind: 'unusable', reason: 'damaged', message: cannotUse(error.message) };
  }
}

function describeOther(text: string): string {
  const host = webHost(text);
  if (host) return t('errors.qr.webLink', { host });
  if (/^WIFI:/i.test(text)) return t('errors.qr.wifi');
  if (/^BEGIN:VCARD/i.test(text) || /^MECARD:/i.test(text)) return t('errors.qr.contact');
  if (/^(mailto|tel|sms|smsto|geo):/i.test(text)) return t('errors.qr.address');
  return t('errors.qr.text');
}

function webHost(text: string): string | undefined {
  if (!/^https?:\/\//i.test(text)) return undefined;
  try {
    return new URL(text).host || undefined;
  } catch {
    return undefined;
  }
}
