/** The code an account should show now, by the OTP core (itself checked against RFC vectors). */
import { generateCode } from '../../../utils/otp/generate';
import { validateAccount } from '../../../utils/otp/validate';
import type { OtpAccount } from '../../../utils/otp/account';

/** Codes valid around now: a read may straddle a period boundary. */
export function codesAroundNow(account: Partial<OtpAccount> & { secret: string }, now = Date.now()): string[] {
  const full = validateAccount(account);
  return [...new Set([now - 2_000, now, now + 2_000].map((at) => generateCode(full, at)))];
}
