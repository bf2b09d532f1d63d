import { TwofoldError } from '../errors';
import { t } from '../i18n/translate';

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

// Shown to the user as-is, so they say what to check, not what the code did (catalog: errors.otp).
const DEFAULT_MESSAGES: Record<OtpErrorCode, () => string> = {
  'missing-secret': () => t('errors.otp.missingSecret'),
  'invalid-secret': () => t('errors.otp.invalidSecret'),
  'invalid-digits': () => t('errors.otp.invalidDigits'),
  'invalid-period': () => t('errors.otp.invalidPeriod'),
  'invalid-algorithm': () => t('errors.otp.invalidAlgorithm'),
  'invalid-type': () => t('errors.otp.invalidType'),
  'invalid-counter': () => t('errors.otp.invalidCounter'),
  'invalid-uri': () => t('errors.otp.invalidUri'),
  'not-otpauth': () => t('errors.otp.notOtpauth'),
};

/** A bad secret, parameter or link; `message` can be shown to the user. */
export class OtpError extends TwofoldError<OtpErrorCode> {
  override name = 'OtpError';
  constructor(code: OtpErrorCode, message: string = DEFAULT_MESSAGES[code]()) {
    super(code, message);
  }
}
