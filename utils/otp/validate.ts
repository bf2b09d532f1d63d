import { DEFAULT_PARAMETERS, DEFAULT_TYPE, OTP_ALGORITHMS, OTP_TYPES, STEAM_DIGITS, STEAM_PERIOD } from './account';
import type { OtpAccount } from './account';
import { OtpError } from './errors';
import { normalizeSecret } from './secret';

const DIGITS_RANGE = { min: 5, max: 10 };
// Above five minutes a "one-time" code stops being one; nobody issues such keys.
const PERIOD_RANGE = { min: 1, max: 300 };

// Half an emoji (a lone UTF-16 surrogate, from a cut-off paste) would make
// encodeURIComponent throw on export; replace it the way TextDecoder does.
// (String#toWellFormed would do, but Firefox ESR 115 lacks it.)
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const cleanName = (name: string | undefined) => (name ?? '').replace(LONE_SURROGATE, '\uFFFD').trim();

const isIntegerIn = (value: number, { min, max }: { min: number; max: number }) =>
  Number.isInteger(value) && value >= min && value <= max;

/**
 * The one gate every account passes (typed in, scanned or imported): fills in
 * defaults, trims names, normalizes the secret and throws the OtpError that
 * names the first bad field. Returns a fresh object with only OtpAccount keys.
 */
export function validateAccount(input: Partial<OtpAccount> & { secret: string }): OtpAccount {
  // `?? ''`: imported JSON may lack the field despite the type.
  const secret = normalizeSecret(input.secret ?? '');

  const type = input.type ?? DEFAULT_TYPE;
  if (!OTP_TYPES.includes(type)) throw new OtpError('invalid-type');

  const algorithm = input.algorithm ?? DEFAULT_PARAMETERS.algorithm;
  if (!OTP_ALGORITHMS.includes(algorithm)) throw new OtpError('invalid-algorithm');

  // Steam Guard has one fixed shape, whatever the source claimed.
  const digits = type === 'steam' ? STEAM_DIGITS : (input.digits ?? DEFAULT_PARAMETERS.digits);
  if (!isIntegerIn(digits, DIGITS_RANGE)) throw new OtpError('invalid-digits');

  // A field the type does not use is reset to its default, not checked: one
  // account has one shape, so links round-trip and duplicates compare equal.
  const period = type === 'totp' ? (input.period ?? DEFAULT_PARAMETERS.period) : type === 'steam' ? STEAM_PERIOD : DEFAULT_PARAMETERS.period;
  if (!isIntegerIn(period, PERIOD_RANGE)) throw new OtpError('invalid-period');

  const counter = type === 'hotp' ? (input.counter ?? DEFAULT_PARAMETERS.counter) : DEFAULT_PARAMETERS.counter;
  if (!Number.isSafeInteger(counter) || counter < 0) throw new OtpError('invalid-counter');

  return {
    type,
    issuer: cleanName(input.issuer),
    label: cleanName(input.label),
    secret,
    algorithm,
    digits,
    period,
    counter,
  };
}
