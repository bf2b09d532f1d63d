import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { OtpError } from '../../../utils/otp/errors';
import { parseOtpauthUri, toOtpauthUri } from '../../../utils/otp/uri';
import { accountArbitrary, nameArbitrary, secretArbitrary } from './account-arbitrary';

/** Either a valid account or an OtpError: never a TypeError, URIError or RangeError. */
const parseOrOtpError = (uri: string) => {
  try {
    return parseOtpauthUri(uri);
  } catch (error) {
    expect(error).toBeInstanceOf(OtpError);
    return undefined;
  }
};

// Strings that get past the scheme check, so the property reaches the parser's insides.
const linkLikeArbitrary = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }).map((rest) => `otpauth://${rest}`),
  fc
    .tuple(
      fc.constantFrom('totp', 'hotp', 'steam', 'TOTP', 'motp', ''),
      nameArbitrary,
      fc.array(
        fc.tuple(
          fc.constantFrom('secret', 'issuer', 'algorithm', 'digits', 'period', 'counter', 'encoder', 'x'),
          fc.oneof(secretArbitrary, nameArbitrary, fc.constantFrom('sha256', 'MD5', 'steam', '6', '-1', '1e3', '%', '%E0')),
        ),
        { maxLength: 6 },
      ),
    )
    .map(([type, label, params]) => `otpauth://${type}/${label}?${params.map(([name, value]) => `${name}=${value}`).join('&')}`),
);

describe('otpauth links, for any input', () => {
  it('toOtpauthUri → parseOtpauthUri gives back any valid account', () => {
    const notImplicitSteam = accountArbitrary().filter(
      // A TOTP issued by "Steam" is read back as Steam Guard on purpose (see uri.ts).
      (account) => !(account.type === 'totp' && account.issuer.toLowerCase() === 'steam'),
    );
    fc.assert(
      fc.property(notImplicitSteam, (account) => {
        expect(parseOtpauthUri(toOtpauthUri(account))).toEqual(account);
      }),
      { numRuns: 500 },
    );
  });

  it('parseOtpauthUri throws nothing but OtpError', () => {
    fc.assert(fc.property(linkLikeArbitrary, (uri) => void parseOrOtpError(uri)), { numRuns: 1000 });
  });

  it('what parseOtpauthUri accepts, toOtpauthUri writes back as the same account', () => {
    fc.assert(
      fc.property(linkLikeArbitrary, (uri) => {
        const account = parseOrOtpError(uri);
        if (account) expect(parseOtpauthUri(toOtpauthUri(account))).toEqual(account);
      }),
      { numRuns: 1000 },
    );
  });
});
