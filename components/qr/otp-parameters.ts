import type { OtpAccount } from '@/utils/otp/account';
import { i18n } from '#i18n';


/** One line for a confirmation: "Time-based · 6 digits · every 30 s · SHA1" (what the user cannot edit there). */
export function describeOtpParameters(account: Omit<OtpAccount, 'secret'>): string {
  const typeNames = { totp: i18n.t('common.otpParameters.totp'), hotp: i18n.t('common.otpParameters.hotp'), steam: i18n.t('common.otpType.steam') };
  const parts: string[] = [typeNames[account.type]];
  if (account.type !== 'steam') parts.push(i18n.t('common.otpParameters.digits', account.digits));
  parts.push(
    account.type === 'hotp'
      ? i18n.t('common.otpParameters.counter', { counter: account.counter })
      : i18n.t('common.otpParameters.period', { seconds: account.period }),
  );
  if (account.type !== 'steam') parts.push(account.algorithm);
  return parts.join(' · ');
}
