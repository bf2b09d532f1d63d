import { OtpError } from './errors';
import { t } from '../i18n/translate';

/** RFC 4648 base32, the encoding every authenticator uses for secret keys. */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

// Unpadded lengths (mod 8) that end on a whole byte: 2 chars = 1 byte, 4 = 2,
// 5 = 3, 7 = 4. A remainder of 1, 3 or 6 means a character was lost or added
// while copying; we refuse it (as Aegis does) rather than guess.
const WHOLE_BYTE_REMAINDERS = new Set([0, 2, 4, 5, 7]);


/**
 * Decodes canonical base32 (upper case, no padding). Unused low bits of the
 * last character are ignored, not checked, so keys made by lax generators
 * still give the codes other apps show.
 */
export function base32ToBytes(text: string): Uint8Array {
  // Characters first: a stray 0/1/8 is a more useful hint than a bad length.
  if (!/^[A-Z2-7]*$/.test(text)) throw new OtpError('invalid-secret');
  if (!WHOLE_BYTE_REMAINDERS.has(text.length % 8)) throw new OtpError('invalid-secret', t('errors.otp.secretIncomplete'));
  const bytes = new Uint8Array(Math.floor((text.length * 5) / 8));
  let buffer = 0;
  let bufferedBits = 0;
  let written = 0;
  for (const char of text) {
    buffer = ((buffer << 5) | ALPHABET.indexOf(char)) & 0xffff;
    bufferedBits += 5;
    if (bufferedBits >= 8) {
      bufferedBits -= 8;
      bytes[written++] = (buffer >> bufferedBits) & 0xff;
    }
  }
  return bytes;
}

/** Encodes bytes as canonical base32: upper case, no padding. */
export function bytesToBase32(bytes: Uint8Array): string {
  let text = '';
  let buffer = 0;
  let bufferedBits = 0;
  for (const byte of bytes) {
    buffer = ((buffer << 8) | byte) & 0xffff;
    bufferedBits += 8;
    while (bufferedBits >= 5) {
      bufferedBits -= 5;
      text += ALPHABET[(buffer >> bufferedBits) & 31];
    }
  }
  if (bufferedBits > 0) text += ALPHABET[(buffer << (5 - bufferedBits)) & 31];
  return text;
}
