import { HOTP, Secret } from 'otpauth';
import type { OtpAccount } from './account';
import { base32ToBytes } from './base32';
import { steamGuardCode } from './steam';

const unixSeconds = (atMs: number) => Math.floor(atMs / 1000);

/** The RFC 6238 time step T at `atMs` (Unix epoch, T0 = 0). */
export function counterAt(period: number, atMs: number): number {
  return Math.floor(unixSeconds(atMs) / period);
}

/** Whole seconds until the code changes: `period` right after a change, 1 just before the next. */
export function secondsRemaining(period: number, atMs: number): number {
  const elapsed = ((unixSeconds(atMs) % period) + period) % period;
  return period - elapsed;
}

/**
 * The code to show for a validated account at `atMs` (milliseconds, like
 * Date.now()). TOTP is HOTP over the time step (RFC 6238 §4), so every type goes
 * through HOTP with the counter from counterAt: code and countdown then share
 * one clock arithmetic. HOTP shows the code for `account.counter`.
 */
export function generateCode(account: OtpAccount, atMs: number): string {
  const counter = account.type === 'hotp' ? account.counter : counterAt(account.period, atMs);
  // Decoded with our own strict base32 rather than otpauth's lenient one, so a
  // key is read the same way everywhere in Twofold.
  const secret = new Secret({ buffer: base32ToBytes(account.secret).buffer });
  if (account.type === 'steam') return steamGuardCode(secret, account.algorithm, counter);
  return HOTP.generate({ secret, algorithm: account.algorithm, digits: account.digits, counter });
}
