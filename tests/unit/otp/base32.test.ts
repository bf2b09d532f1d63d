import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { base32ToBytes, bytesToBase32 } from '../../../utils/otp/base32';
import { expectOtpError } from './expect-otp-error';

const ascii = (text: string) => new TextEncoder().encode(text);

describe('base32 (RFC 4648 §10 vectors, unpadded)', () => {
  const vectors: [string, string][] = [
    ['', ''],
    ['f', 'MY'],
    ['fo', 'MZXQ'],
    ['foo', 'MZXW6'],
    ['foob', 'MZXW6YQ'],
    ['fooba', 'MZXW6YTB'],
    ['foobar', 'MZXW6YTBOI'],
  ];
  it.each(vectors)('%j ⇄ %s', (text, base32) => {
    expect(bytesToBase32(ascii(text))).toBe(base32);
    expect(base32ToBytes(base32)).toEqual(ascii(text));
  });

  it('decodes the RFC 4226 seed', () => {
    expect(new TextDecoder().decode(base32ToBytes('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ'))).toBe('12345678901234567890');
  });

  it('round-trips any bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 80 }), (bytes) => {
      expect(base32ToBytes(bytesToBase32(bytes))).toEqual(bytes);
    }));
  });

  it('ignores unused low bits of the last character, as lax generators set them', () => {
    // 'MZ' and 'M3' differ only in the 2 bits that do not form a byte.
    expect(base32ToBytes('M3')).toEqual(base32ToBytes('MZ'));
  });

  it.each(['A', 'ABC', 'ABCDEF', 'ABCDEFGHI'])('refuses %s: no whole number of bytes has that length', (text) => {
    expect(expectOtpError(() => base32ToBytes(text), 'invalid-secret').message).toMatch(/incomplete/);
  });

  it.each(['ABCDEFG1', 'abcdefgh', 'ABCD=FGH', 'ABCDEFG8'])('refuses characters outside A–Z, 2–7 in %s', (text) => {
    expect(expectOtpError(() => base32ToBytes(text), 'invalid-secret').message).toMatch(/only A–Z and 2–7/);
  });
});
