import fc from 'fast-check';
import { OTP_ALGORITHMS, OTP_TYPES } from '../../../utils/otp/account';
import type { OtpAccount } from '../../../utils/otp/account';
import { bytesToBase32 } from '../../../utils/otp/base32';
import { validateAccount } from '../../../utils/otp/validate';

/** Names that stress every separator of a link: ':' '%' '&' '?' '#' '+' '=' '/' spaces, escapes and any unicode. */
export const nameArbitrary = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 24 }),
  fc.string({
    unit: fc.constantFrom(':', '%', '&', '?', '#', '+', '=', '/', ' ', '\u00a0', '%3A', '%20', 'a', 'Z', 'é', '😀', '\u0301'),
    maxLength: 24,
  }),
);

export const secretArbitrary = fc.uint8Array({ minLength: 1, maxLength: 64 }).map(bytesToBase32);

/** Any valid account, as validateAccount would return it. */
export const accountArbitrary = (constraints: {
  types?: readonly OtpAccount['type'][];
  digits?: fc.Arbitrary<number>;
  period?: fc.Arbitrary<number>;
} = {}): fc.Arbitrary<OtpAccount> =>
  fc
    .record({
      type: fc.constantFrom(...(constraints.types ?? OTP_TYPES)),
      issuer: nameArbitrary,
      label: nameArbitrary,
      secret: secretArbitrary,
      algorithm: fc.constantFrom(...OTP_ALGORITHMS),
      digits: constraints.digits ?? fc.integer({ min: 5, max: 10 }),
      period: constraints.period ?? fc.integer({ min: 1, max: 300 }),
      counter: fc.maxSafeNat(),
    })
    .map(validateAccount);
