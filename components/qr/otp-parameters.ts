import type { OtpAccount } from '@/utils/otp/account';

const TYPE_NAMES = { totp: 'Time-based', hotp: 'Counter-based', steam: 'Steam Guard' } as const;

/** One line for a confirmation: "Time-based · 6 digits · every 30 s · SHA1" (what the user cannot edit there). */
export function describeOtpParameters(account: Omit<OtpAccount, 'secret'>): string {
  const parts: string[] = [TYPE_NAMES[account.type]];
  if (account.type !== 'steam') parts.push(`${account.digits} digits`);
  parts.push(account.type === 'hotp' ? `counter ${account.counter}` : `every ${account.period} s`);
  if (account.type !== 'steam') parts.push(account.algorithm);
  return parts.join(' · ');
}
