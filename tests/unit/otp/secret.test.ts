import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { OtpError } from '../../../utils/otp/errors';
import { normalizeSecret } from '../../../utils/otp/secret';
import { expectOtpError } from './expect-otp-error';
import { kat } from './shared-fixtures';

describe('normalizeSecret', () => {
  it.each([
    ['jbswy3dpehpk3pxp', 'JBSWY3DPEHPK3PXP'],
    ['JBSW Y3DP EHPK 3PXP', 'JBSWY3DPEHPK3PXP'],
    ['jbsw-y3dp-ehpk-3pxp', 'JBSWY3DPEHPK3PXP'],
    ['  JBSWY3DPEHPK3PXP\n', 'JBSWY3DPEHPK3PXP'],
    ['\tjbsw\u00a0y3dp ehpk 3pxp', 'JBSWY3DPEHPK3PXP'],
    ['MZXW6===', 'MZXW6'],
    ['MZXW6YQ=', 'MZXW6YQ'],
  ])('turns %j into %s', (input, expected) => {
    expect(normalizeSecret(input)).toBe(expected);
  });

  it('accepts every RFC 4226 / RFC 6238 seed, padded as printed', () => {
    const { seeds } = kat.rfc6238_appendixB_totp;
    expect(normalizeSecret(kat.rfc4226_appendixD_hotp.secret_base32)).toBe('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
    expect(normalizeSecret(seeds.SHA1.base32)).toBe(seeds.SHA1.base32);
    expect(normalizeSecret(seeds.SHA256.base32)).toBe(seeds.SHA256.base32.replace(/=+$/, ''));
    expect(normalizeSecret(seeds.SHA512.base32)).toBe(seeds.SHA512.base32.replace(/=+$/, ''));
    expect(normalizeSecret(kat.steam_guard.secret_base32)).toBe(kat.steam_guard.secret_base32);
  });

  it.each(['', '   ', '====', ' - - '])('reports %j as a missing secret', (input) => {
    expectOtpError(() => normalizeSecret(input), 'missing-secret');
  });

  it.each([
    ['a 0 or 1 typed for O or I', 'JBSWY3DPEHPK3PX0'],
    ['a non-Latin letter', 'JBSWY3DPEHPK3PXÉ'],
    ['ß, which toUpperCase would turn into SS', 'JBSWY3DPEHPK3Pß'],
    ['padding in the middle', 'MZ=XW6'],
    ['one character too many', 'JBSWY3DPEHPK3PXPA'],
    ['a lost character (length 3 mod 8)', 'JBSWY3DPEHP'],
    ['length 6 mod 8', 'JBSWY3DPEHPK3P'],
  ])('refuses %s', (_, input) => {
    expectOtpError(() => normalizeSecret(input), 'invalid-secret');
  });

  it('is idempotent', () => {
    const base32Char = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz234567 -='.split(''));
    fc.assert(fc.property(fc.string({ unit: base32Char, maxLength: 64 }), (input) => {
      let once: string;
      try {
        once = normalizeSecret(input);
      } catch (error) {
        expect(error).toBeInstanceOf(OtpError);
        return;
      }
      expect(normalizeSecret(once)).toBe(once);
      expect(once).toMatch(/^[A-Z2-7]+$/);
    }));
  });
});
