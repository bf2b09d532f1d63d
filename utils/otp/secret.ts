import { base32ToBytes } from './base32';
import { OtpError } from './errors';

/**
 * Turns a secret key as people paste or type it ("jbsw y3dp-ehpk 3pxp====")
 * into canonical base32: upper case, no spaces, dashes or padding.
 * Throws 'missing-secret' when nothing is left and 'invalid-secret' when the
 * rest is not base32 or has a length no whole key can have (see base32.ts).
 */
export function normalizeSecret(input: string): string {
  // Spaces and dashes are how websites group the key for reading; '=' is
  // padding some generators keep. None of them carries key bits.
  // Upper-case ASCII only: String#toUpperCase would turn 'ß' into a valid 'SS'.
  const secret = input
    .replace(/[\s-]+/g, '')
    .replace(/=+$/, '')
    .replace(/[a-z]/g, (letter) => letter.toUpperCase());
  if (secret === '') throw new OtpError('missing-secret');
  base32ToBytes(secret);
  return secret;
}
