import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { OtpAccount } from '../../../utils/otp/account';
import { counterAt, generateCode, secondsRemaining } from '../../../utils/otp/generate';
import { normalizeSecret } from '../../../utils/otp/secret';
import { kat } from './shared-fixtures';
import type { Algorithm } from './shared-fixtures';

const account = (overrides: Partial<OtpAccount> & { secret: string }): OtpAccount => ({
  type: 'totp',
  issuer: '',
  label: '',
  algorithm: 'SHA1',
  digits: 6,
  period: 30,
  counter: 0,
  ...overrides,
  secret: normalizeSecret(overrides.secret),
});

describe('HOTP: RFC 4226 Appendix D', () => {
  const { secret_base32: secret, vectors } = kat.rfc4226_appendixD_hotp;
  it.each(vectors)('counter $counter → $hotp', ({ counter, hotp }) => {
    // The time is irrelevant for HOTP: only the account's counter counts.
    expect(generateCode(account({ type: 'hotp', secret, counter }), 1_234_567_890_000)).toBe(hotp);
  });
});

describe('TOTP: RFC 6238 Appendix B (8 digits, one seed per algorithm)', () => {
  const totp = kat.rfc6238_appendixB_totp;
  const algorithms: Algorithm[] = ['SHA1', 'SHA256', 'SHA512'];
  const cases = totp.vectors.flatMap((vector) =>
    algorithms.map((algorithm) => ({ unix: vector.unix, algorithm, code: vector[algorithm] })),
  );

  it.each(cases)('$algorithm at $unix → $code', ({ unix, algorithm, code }) => {
    const rfcAccount = account({ secret: totp.seeds[algorithm].base32, algorithm, digits: totp.digits, period: totp.period });
    expect(generateCode(rfcAccount, unix * 1000)).toBe(code);
  });

  it.each(Object.entries(totp.six_digit_SHA1_derived))('6-digit SHA1 at %s → %s', (unix, code) => {
    expect(generateCode(account({ secret: totp.seeds.SHA1.base32 }), Number(unix) * 1000)).toBe(code);
  });

  it('gives the same code for every millisecond of a time step', () => {
    const rfcAccount = account({ secret: totp.seeds.SHA1.base32, digits: 8 });
    expect(generateCode(rfcAccount, 30_000)).toBe(generateCode(rfcAccount, 59_999));
    expect(generateCode(rfcAccount, 59_999)).toBe('94287082');
    expect(generateCode(rfcAccount, 60_000)).not.toBe('94287082');
  });

  describe('anti-vectors: the 20-byte seed used with SHA256/SHA512', () => {
    const antiVectors = Object.entries(totp.anti_vectors_20_byte_seed_with_SHA256_SHA512).filter(
      (entry): entry is [string, string[]] => Array.isArray(entry[1]),
    );
    it('cover every RFC time', () => {
      expect(antiVectors.map(([unix]) => Number(unix))).toEqual(totp.vectors.map((vector) => vector.unix));
    });
    it.each(antiVectors)('at %s they are what the wrong seed gives, and differ from the RFC codes', (unix, [sha256, sha512]) => {
      const wrongSeed = (algorithm: Algorithm) =>
        generateCode(account({ secret: totp.seeds.SHA1.base32, algorithm, digits: 8 }), Number(unix) * 1000);
      const rfc = totp.vectors.find((vector) => vector.unix === Number(unix));
      expect([wrongSeed('SHA256'), wrongSeed('SHA512')]).toEqual([sha256, sha512]);
      expect(rfc?.SHA256).not.toBe(sha256);
      expect(rfc?.SHA512).not.toBe(sha512);
    });
  });
});

describe('Steam Guard (codes captured from the Steam app, via KeePassXC)', () => {
  const steam = kat.steam_guard;
  it.each(steam.vectors)('at $unix → $code', ({ unix, code }) => {
    expect(generateCode(account({ type: 'steam', secret: steam.secret_base32, digits: 5 }), unix * 1000)).toBe(code);
  });

  it('always writes 5 symbols of the Steam alphabet', () => {
    const steamAccount = account({ type: 'steam', secret: steam.secret_base32, digits: 5 });
    fc.assert(fc.property(fc.integer({ min: 0, max: 4_102_444_800_000 }), (atMs) => {
      expect(generateCode(steamAccount, atMs)).toMatch(new RegExp(`^[${steam.alphabet}]{5}$`));
    }));
  });
});

describe('counterAt and secondsRemaining', () => {
  it.each([
    [30, 0, 0, 30],
    [30, 999, 0, 30],
    [30, 29_999, 0, 1],
    [30, 30_000, 1, 30],
    [30, 59_000, 1, 1],
    [60, 1_111_111_109_000, 18_518_518, 31],
    [30, 20_000_000_000_000, 666_666_666, 10],
  ])('period %i at %i ms: step %i, %i s left', (period, atMs, step, left) => {
    expect(counterAt(period, atMs)).toBe(step);
    expect(secondsRemaining(period, atMs)).toBe(left);
  });

  it('counts down from period to 1 and changes step exactly when it wraps', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 0, max: 2 ** 45 }), (period, atMs) => {
      const left = secondsRemaining(period, atMs);
      expect(left).toBeGreaterThanOrEqual(1);
      expect(left).toBeLessThanOrEqual(period);
      const changeAt = (Math.floor(atMs / 1000) + left) * 1000;
      expect(counterAt(period, changeAt - 1)).toBe(counterAt(period, atMs));
      expect(counterAt(period, changeAt)).toBe(counterAt(period, atMs) + 1);
    }));
  });
});
