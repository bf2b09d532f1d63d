import { describe, expect, it } from 'vitest';
import { URI as OtpauthLibraryUri } from 'otpauth';
import type { OtpAccount } from '../../../utils/otp/account';
import type { OtpErrorCode } from '../../../utils/otp/errors';
import { MAX_OTPAUTH_URI_LENGTH, parseOtpauthUri, toOtpauthUri } from '../../../utils/otp/uri';
import { expectOtpError } from './expect-otp-error';

const SECRET = 'JBSWY3DPEHPK3PXP';
const DEFAULTS: OtpAccount = { type: 'totp', issuer: '', label: '', secret: SECRET, algorithm: 'SHA1', digits: 6, period: 30, counter: 0 };

describe('parseOtpauthUri reads', () => {
  const cases: [string, string, Partial<OtpAccount>][] = [
    ["Google's example", `otpauth://totp/Example:alice@google.com?secret=${SECRET}&issuer=Example`, { issuer: 'Example', label: 'alice@google.com' }],
    [
      "Google's full example with an encoded space",
      'otpauth://totp/ACME%20Co:john.doe@email.com?secret=HXDMVJECJJWSRB3HWIZR4IFUGFTMXBOZ&issuer=ACME%20Co&algorithm=SHA1&digits=6&period=30',
      { issuer: 'ACME Co', label: 'john.doe@email.com', secret: 'HXDMVJECJJWSRB3HWIZR4IFUGFTMXBOZ' },
    ],
    ['an encoded ":" separator', `otpauth://totp/ACME%20Co%3Ajohn?secret=${SECRET}`, { issuer: 'ACME Co', label: 'john' }],
    ['"Issuer: Account" with a space', `otpauth://totp/Big%20Corp:%20alice?secret=${SECRET}`, { issuer: 'Big Corp', label: 'alice' }],
    ['an issuer only in the label', `otpauth://totp/Label%20Only:bob?secret=${SECRET}`, { issuer: 'Label Only', label: 'bob' }],
    ['an issuer only in the parameter', `otpauth://totp/bob?secret=${SECRET}&issuer=Param`, { issuer: 'Param', label: 'bob' }],
    ['the issuer parameter over the label prefix', `otpauth://totp/Old:alice?secret=${SECRET}&issuer=New`, { issuer: 'New', label: 'alice' }],
    ["'+' in the issuer parameter as a space", `otpauth://totp/x?secret=${SECRET}&issuer=ACME+Co`, { issuer: 'ACME Co', label: 'x' }],
    ["'%2B' in the issuer parameter as '+'", `otpauth://totp/x?secret=${SECRET}&issuer=A%2BB`, { issuer: 'A+B', label: 'x' }],
    ["'+' in the label as itself", `otpauth://totp/me+2fa@example.com?secret=${SECRET}`, { label: 'me+2fa@example.com' }],
    ['a percent-encoded unicode label', `otpauth://totp/%C3%84pfel:J%C3%BCrgen%20%F0%9F%98%80?secret=${SECRET}`, { issuer: 'Äpfel', label: 'Jürgen 😀' }],
    ['a raw space in the label', `otpauth://totp/ACME Co:john?secret=${SECRET}`, { issuer: 'ACME Co', label: 'john' }],
    ['no label at all', `otpauth://totp?secret=${SECRET}`, {}],
    ['an empty label', `otpauth://totp/?secret=${SECRET}`, {}],
    ['upper-case scheme, type and parameter names', `OTPAUTH://TOTP/x?SECRET=${SECRET}&Digits=8`, { label: 'x', digits: 8 }],
    ['a lower-case, spaced, padded secret', 'otpauth://totp/x?secret=mzxw%206ytb%20oi%3D%3D%3D%3D%3D%3D', { label: 'x', secret: 'MZXW6YTBOI' }],
    ['a lower-case algorithm', `otpauth://totp/x?secret=${SECRET}&algorithm=sha256`, { label: 'x', algorithm: 'SHA256' }],
    ['SHA512, 8 digits, 60 seconds', `otpauth://totp/x?secret=${SECRET}&algorithm=SHA512&digits=8&period=60`, { label: 'x', algorithm: 'SHA512', digits: 8, period: 60 }],
    ['HOTP without a counter as counter 0', `otpauth://hotp/x?secret=${SECRET}`, { type: 'hotp', label: 'x', counter: 0 }],
    ['an HOTP counter', `otpauth://hotp/x?secret=${SECRET}&counter=42`, { type: 'hotp', label: 'x', counter: 42 }],
    ['HOTP with a stray, broken period', `otpauth://hotp/x?secret=${SECRET}&counter=1&period=abc`, { type: 'hotp', label: 'x', counter: 1 }],
    ['TOTP with a stray, broken counter', `otpauth://totp/x?secret=${SECRET}&counter=-5`, { label: 'x' }],
    ['empty parameters as absent', `otpauth://totp/Pre:x?secret=${SECRET}&issuer=&digits=&period=`, { issuer: 'Pre', label: 'x' }],
    ['the first of repeated parameters', `otpauth://totp/x?secret=${SECRET}&digits=8&digits=6`, { label: 'x', digits: 8 }],
    ['surrounding whitespace', `  \n otpauth://totp/x?secret=${SECRET}\t `, { label: 'x' }],
    ['a fragment, ignored', `otpauth://totp/x?secret=${SECRET}&issuer=A#B`, { issuer: 'A', label: 'x' }],
    ['unknown parameters, ignored', `otpauth://totp/x?secret=${SECRET}&image=https%3A%2F%2Fx.test%2Fa.png&%zz=1`, { label: 'x' }],
    ['the steam type', `otpauth://steam/Steam:bob?secret=${SECRET}`, { type: 'steam', issuer: 'Steam', label: 'bob', digits: 5 }],
    [
      "KeePassXC's encoder=steam",
      'otpauth://totp/test:test@example.com?secret=63BEDWCQZKTQWPESARIERL5DTTQFCJTK&issuer=Valve&algorithm=SHA1&digits=5&period=30&encoder=steam',
      { type: 'steam', issuer: 'Valve', label: 'test@example.com', secret: '63BEDWCQZKTQWPESARIERL5DTTQFCJTK', digits: 5 },
    ],
    ['a TOTP issued by Steam', `otpauth://totp/Steam:bob?secret=${SECRET}&digits=6`, { type: 'steam', issuer: 'Steam', label: 'bob', digits: 5 }],
    ['an HOTP issued by Steam as HOTP', `otpauth://hotp/Steam:bob?secret=${SECRET}`, { type: 'hotp', issuer: 'Steam', label: 'bob' }],
  ];

  it.each(cases)('%s', (_, uri, expected) => {
    expect(parseOtpauthUri(uri)).toEqual({ ...DEFAULTS, ...expected });
  });
});

describe('parseOtpauthUri refuses', () => {
  const cases: [string, string, OtpErrorCode][] = [
    ['a web address', 'https://example.com/?secret=JBSWY3DPEHPK3PXP', 'not-otpauth'],
    ['a bare secret', SECRET, 'not-otpauth'],
    ['an empty string', '', 'not-otpauth'],
    ['a Google Authenticator export', 'otpauth-migration://offline?data=CgA%3D', 'not-otpauth'],
    ['a missing "//"', `otpauth:totp/x?secret=${SECRET}`, 'invalid-uri'],
    ['a missing type', `otpauth:///x?secret=${SECRET}`, 'invalid-uri'],
    ['a broken escape in the label', `otpauth://totp/%E0%A4?secret=${SECRET}`, 'invalid-uri'],
    ['a broken escape in the issuer', `otpauth://totp/x?secret=${SECRET}&issuer=%zz`, 'invalid-uri'],
    ['an unknown type', `otpauth://motp/x?secret=${SECRET}`, 'invalid-type'],
    ['no secret', 'otpauth://totp/x?issuer=A', 'missing-secret'],
    ['an empty secret', 'otpauth://totp/x?secret=&issuer=A', 'missing-secret'],
    ['a secret with a 1', 'otpauth://totp/x?secret=JBSWY3DPEHPK3PX1', 'invalid-secret'],
    ['a secret of impossible length', 'otpauth://totp/x?secret=JBSWY3DPEHP', 'invalid-secret'],
    ['MD5', `otpauth://totp/x?secret=${SECRET}&algorithm=MD5`, 'invalid-algorithm'],
    ['4 digits', `otpauth://totp/x?secret=${SECRET}&digits=4`, 'invalid-digits'],
    ['11 digits', `otpauth://totp/x?secret=${SECRET}&digits=11`, 'invalid-digits'],
    ['digits in words', `otpauth://totp/x?secret=${SECRET}&digits=six`, 'invalid-digits'],
    ['digits written as a decimal', `otpauth://totp/x?secret=${SECRET}&digits=6.0`, 'invalid-digits'],
    ['period 0', `otpauth://totp/x?secret=${SECRET}&period=0`, 'invalid-period'],
    ['period 301', `otpauth://totp/x?secret=${SECRET}&period=301`, 'invalid-period'],
    ['a period with a unit', `otpauth://totp/x?secret=${SECRET}&period=30s`, 'invalid-period'],
    ['a negative counter', `otpauth://hotp/x?secret=${SECRET}&counter=-1`, 'invalid-counter'],
    ['a counter beyond 2^53', `otpauth://hotp/x?secret=${SECRET}&counter=99999999999999999999`, 'invalid-counter'],
  ];
  it.each(cases)('%s', (_, uri, code) => {
    expectOtpError(() => parseOtpauthUri(uri), code);
  });

  it(`links longer than ${MAX_OTPAUTH_URI_LENGTH} characters, with a clear message`, () => {
    const prefix = `otpauth://totp/x?secret=${SECRET}&issuer=`;
    const fits = prefix + 'a'.repeat(MAX_OTPAUTH_URI_LENGTH - prefix.length);
    expect(parseOtpauthUri(fits).issuer).toHaveLength(MAX_OTPAUTH_URI_LENGTH - prefix.length);
    expect(expectOtpError(() => parseOtpauthUri(`${fits}a`), 'invalid-uri').message).toMatch(/too long/);
  });
});

describe('toOtpauthUri', () => {
  it('writes every parameter, issuer in label and parameter', () => {
    const account: OtpAccount = { ...DEFAULTS, issuer: 'ACME Co', label: 'john@example.com', algorithm: 'SHA256', digits: 8, period: 60 };
    expect(toOtpauthUri(account)).toBe(
      `otpauth://totp/ACME%20Co:john%40example.com?secret=${SECRET}&issuer=ACME%20Co&algorithm=SHA256&digits=8&period=60`,
    );
  });

  it('writes an HOTP counter instead of a period', () => {
    expect(toOtpauthUri({ ...DEFAULTS, type: 'hotp', label: 'x', counter: 7 })).toBe(
      `otpauth://hotp/x?secret=${SECRET}&algorithm=SHA1&digits=6&counter=7`,
    );
  });

  it('writes Steam as TOTP with encoder=steam and 5 digits', () => {
    expect(toOtpauthUri({ ...DEFAULTS, type: 'steam', issuer: 'Steam', label: 'bob', digits: 5 })).toBe(
      `otpauth://totp/Steam:bob?secret=${SECRET}&issuer=Steam&algorithm=SHA1&digits=5&period=30&encoder=steam`,
    );
  });

  it('escapes characters that would end a label or a parameter', () => {
    const account = { ...DEFAULTS, issuer: 'A&B #1?', label: '50% + tax:x/y' };
    const uri = toOtpauthUri(account);
    expect(uri).toMatch(/^otpauth:\/\/totp\/A%26B%20%231%3F:50%25%20%2B%20tax%3Ax%2Fy\?/);
    expect(parseOtpauthUri(uri)).toEqual(account);
  });

  it('marks an issuer-less label that contains ":" with an empty issuer', () => {
    const account = { ...DEFAULTS, label: 'user:42' };
    expect(toOtpauthUri(account)).toMatch(/^otpauth:\/\/totp\/:user%3A42\?/);
    expect(parseOtpauthUri(toOtpauthUri(account))).toEqual(account);
  });

  it('is readable by another implementation (the otpauth library)', () => {
    const account: OtpAccount = { ...DEFAULTS, issuer: 'ACME Co', label: 'me+2fa@example.com', algorithm: 'SHA512', digits: 8, period: 45 };
    const other = OtpauthLibraryUri.parse(toOtpauthUri(account));
    expect({
      issuer: other.issuer,
      label: other.label,
      secret: other.secret.base32,
      algorithm: other.algorithm,
      digits: other.digits,
      period: 'period' in other ? other.period : undefined,
    }).toEqual({ issuer: 'ACME Co', label: 'me+2fa@example.com', secret: SECRET, algorithm: 'SHA512', digits: 8, period: 45 });
  });
});
