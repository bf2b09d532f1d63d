import { HOTP } from 'otpauth';
import type { Secret } from 'otpauth';
import { STEAM_DIGITS } from './account';
import type { OtpAlgorithm } from './account';

/** Steam's 26 symbols: digits and consonants that cannot be misread or spell words. */
const STEAM_ALPHABET = '23456789BCDFGHJKMNPQRTVWXY';

/**
 * A Steam Guard code: the 31-bit number N of RFC 4226 dynamic truncation,
 * written as 5 base-26 symbols, least significant first (as Aegis and
 * KeePassXC do). otpauth has no Steam encoder, but asking it for 10 digits
 * yields N itself (N < 2^31 < 10^10), so HMAC and truncation stay its job.
 */
export function steamGuardCode(secret: Secret, algorithm: OtpAlgorithm, counter: number): string {
  let remaining = Number(HOTP.generate({ secret, algorithm, digits: 10, counter }));
  let code = '';
  for (let i = 0; i < STEAM_DIGITS; i++) {
    code += STEAM_ALPHABET[remaining % STEAM_ALPHABET.length];
    remaining = Math.floor(remaining / STEAM_ALPHABET.length);
  }
  return code;
}
