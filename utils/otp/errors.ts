import { TwofoldError } from '../errors';

export type OtpErrorCode =
  | 'missing-secret'
  | 'invalid-secret'
  | 'invalid-digits'
  | 'invalid-period'
  | 'invalid-algorithm'
  | 'invalid-type'
  | 'invalid-counter'
  | 'invalid-uri'
  | 'not-otpauth';

// Shown to the user as-is, so they say what to check, not what the code did.
const DEFAULT_MESSAGES: Record<OtpErrorCode, string> = {
  'missing-secret': 'The secret key is missing. It is the code shown next to the QR code when you turn on two-factor authentication.',
  'invalid-secret': 'The secret key contains characters that are not allowed (only A–Z and 2–7).',
  'invalid-digits': 'The code length must be a whole number between 5 and 10.',
  'invalid-period': 'The code refresh interval must be a whole number of seconds between 1 and 300.',
  'invalid-algorithm': 'The algorithm must be SHA1, SHA256 or SHA512.',
  'invalid-type': 'The code type must be time-based (TOTP), counter-based (HOTP) or Steam.',
  'invalid-counter': 'The counter must be a whole number, 0 or more.',
  'invalid-uri': 'This two-factor setup link is damaged or incomplete.',
  'not-otpauth': 'This QR code / link is not a two-factor setup link.',
};

/** A bad secret, parameter or link; `message` can be shown to the user. */
export class OtpError extends TwofoldError<OtpErrorCode> {
  override name = 'OtpError';
  constructor(code: OtpErrorCode, message: string = DEFAULT_MESSAGES[code]) {
    super(code, message);
  }
}
