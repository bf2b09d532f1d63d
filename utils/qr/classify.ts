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
    return attempt(() => ({ kind: 'migration', migration: parseMigrationUri(trimmed) }), 'This Google Authenticator export code');
  }
  if (/^otpauth:/i.test(trimmed)) {
    return attempt(() => ({ kind: 'otpauth', account: parseOtpauthUri(trimmed) }), 'This two-factor setup code');
  }
  return { kind: 'unusable', reason: 'not-2fa', message: describeOther(trimmed) };
}

function attempt(parse: () => QrContent, what: string): QrContent {
  try {
    return parse();
  } catch (error) {
    // Only the parsers' own errors carry a sentence for the user; anything else is a bug and goes up.
    if (!(error instanceof TwofoldError)) throw error;
    return { kind: 'unusable', reason: 'damaged', message: `${what} cannot be used: ${error.message}` };
  }
}

const NOT_2FA = 'not a two-factor setup code';

function describeOther(text: string): string {
  const host = webHost(text);
  if (host) return `This QR code is a link to ${host}, ${NOT_2FA}.`;
  if (/^WIFI:/i.test(text)) return `This QR code holds Wi-Fi network details, ${NOT_2FA}.`;
  if (/^BEGIN:VCARD/i.test(text) || /^MECARD:/i.test(text)) return `This QR code holds contact details, ${NOT_2FA}.`;
  if (/^(mailto|tel|sms|smsto|geo):/i.test(text)) return `This QR code is an address or phone number, ${NOT_2FA}.`;
  return `This QR code holds text, ${NOT_2FA}. Two-factor setup codes start with “otpauth://”.`;
}

function webHost(text: string): string | undefined {
  if (!/^https?:\/\//i.test(text)) return undefined;
  try {
    return new URL(text).host || undefined;
  } catch {
    return undefined;
  }
}
