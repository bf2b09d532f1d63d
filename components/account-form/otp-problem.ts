/** The OTP core's verdict on a form being typed, pinned to the field it is about. */
import { TwofoldError } from '@/utils/errors';
import type { OtpAccount } from '@/utils/otp/account';
import { validateAccount } from '@/utils/otp/validate';
import { i18n } from '#i18n';

export type OtpField = 'secret' | 'type' | 'algorithm' | 'digits' | 'period' | 'counter';

const FIELD_OF_ERROR: Readonly<Record<string, OtpField>> = {
  'missing-secret': 'secret',
  'invalid-secret': 'secret',
  'invalid-type': 'type',
  'invalid-algorithm': 'algorithm',
  'invalid-digits': 'digits',
  'invalid-period': 'period',
  'invalid-counter': 'counter',
};

export interface OtpProblem {
  field: OtpField;
  /** The OTP core's own message, written for the user. */
  message: string;
}

export function otpProblem(draft: OtpAccount): OtpProblem | null {
  try {
    validateAccount(draft);
    return null;
  } catch (error) {
    if (error instanceof TwofoldError) return { field: FIELD_OF_ERROR[error.code] ?? 'secret', message: error.message };
    return { field: 'secret', message: i18n.t('common.accountForm.invalid') };
  }
}

/** Fields under "Advanced": a problem there opens it, so the message is never hidden. */
export const ADVANCED_FIELDS: readonly OtpField[] = ['type', 'algorithm', 'digits', 'period', 'counter'];
