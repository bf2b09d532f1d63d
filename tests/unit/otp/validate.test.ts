import { describe, expect, it } from 'vitest';
import type { OtpAccount } from '../../../utils/otp/account';
import type { OtpErrorCode } from '../../../utils/otp/errors';
import { validateAccount } from '../../../utils/otp/validate';
import { expectOtpError } from './expect-otp-error';

const SECRET = 'JBSWY3DPEHPK3PXP';

describe('validateAccount', () => {
  it('fills in the defaults of a bare secret', () => {
    expect(validateAccount({ secret: 'jbsw y3dp ehpk 3pxp' })).toEqual({
      type: 'totp',
      issuer: '',
      label: '',
      secret: SECRET,
      algorithm: 'SHA1',
      digits: 6,
      period: 30,
      counter: 0,
    });
  });

  it('trims issuer and label and keeps only OtpAccount fields', () => {
    const input = { secret: SECRET, issuer: '  GitHub\n', label: '\talice ', id: 'db-key' };
    const account = validateAccount(input);
    expect(account.issuer).toBe('GitHub');
    expect(account.label).toBe('alice');
    expect(Object.keys(account).sort()).toEqual(['algorithm', 'counter', 'digits', 'issuer', 'label', 'period', 'secret', 'type']);
  });

  it('replaces half an emoji so the account can still be exported', () => {
    expect(validateAccount({ secret: SECRET, label: 'bob \ud83d' }).label).toBe('bob \ufffd');
    expect(validateAccount({ secret: SECRET, label: 'bob 😀' }).label).toBe('bob 😀');
  });

  it('keeps valid non-default parameters', () => {
    const hotp: OtpAccount = { type: 'hotp', issuer: 'I', label: 'L', secret: SECRET, algorithm: 'SHA512', digits: 10, period: 30, counter: Number.MAX_SAFE_INTEGER };
    const totp: OtpAccount = { ...hotp, type: 'totp', algorithm: 'SHA256', digits: 5, period: 300, counter: 0 };
    expect(validateAccount(hotp)).toEqual(hotp);
    expect(validateAccount(totp)).toEqual(totp);
  });

  it('forces Steam Guard to 5 characters every 30 seconds', () => {
    const steam = validateAccount({ secret: SECRET, type: 'steam', digits: 8, period: 60 });
    expect([steam.digits, steam.period]).toEqual([5, 30]);
  });

  it('resets the field its type does not use instead of checking it', () => {
    expect(validateAccount({ secret: SECRET, type: 'totp', counter: -1 }).counter).toBe(0);
    expect(validateAccount({ secret: SECRET, type: 'steam', counter: 9 }).counter).toBe(0);
    expect(validateAccount({ secret: SECRET, type: 'hotp', period: 0 }).period).toBe(30);
  });

  const invalid: [string, Partial<OtpAccount> & { secret: string }, OtpErrorCode][] = [
    ['an empty secret', { secret: '' }, 'missing-secret'],
    ['a secret missing at runtime', { secret: undefined as unknown as string }, 'missing-secret'],
    ['a secret with a 1', { secret: 'JBSWY3DPEHPK3PX1' }, 'invalid-secret'],
    ['an unknown type', { secret: SECRET, type: 'motp' as OtpAccount['type'] }, 'invalid-type'],
    ['a lower-case algorithm (parsers normalize, the model does not)', { secret: SECRET, algorithm: 'sha1' as OtpAccount['algorithm'] }, 'invalid-algorithm'],
    ['MD5', { secret: SECRET, algorithm: 'MD5' as OtpAccount['algorithm'] }, 'invalid-algorithm'],
    ['4 digits', { secret: SECRET, digits: 4 }, 'invalid-digits'],
    ['11 digits', { secret: SECRET, digits: 11 }, 'invalid-digits'],
    ['6.5 digits', { secret: SECRET, digits: 6.5 }, 'invalid-digits'],
    ['NaN digits', { secret: SECRET, digits: Number.NaN }, 'invalid-digits'],
    ['period 0', { secret: SECRET, period: 0 }, 'invalid-period'],
    ['period 301', { secret: SECRET, period: 301 }, 'invalid-period'],
    ['period 29.5', { secret: SECRET, period: 29.5 }, 'invalid-period'],
    ['a negative counter', { secret: SECRET, type: 'hotp', counter: -1 }, 'invalid-counter'],
    ['a fractional counter', { secret: SECRET, type: 'hotp', counter: 1.5 }, 'invalid-counter'],
    ['a counter beyond 2^53', { secret: SECRET, type: 'hotp', counter: 2 ** 53 }, 'invalid-counter'],
  ];
  it.each(invalid)('refuses %s', (_, input, code) => {
    const error = expectOtpError(() => validateAccount(input), code);
    // Messages are for people: no codes, no stack talk.
    expect(error.message).not.toMatch(/invalid-|undefined|NaN/);
  });
});
