/** The OTP parameters of one account: everything needed to generate its codes. */
export type OtpType = 'totp' | 'hotp' | 'steam';
export type OtpAlgorithm = 'SHA1' | 'SHA256' | 'SHA512';

export const OTP_TYPES: readonly OtpType[] = ['totp', 'hotp', 'steam'];
export const OTP_ALGORITHMS: readonly OtpAlgorithm[] = ['SHA1', 'SHA256', 'SHA512'];

export interface OtpAccount {
  type: OtpType;
  issuer: string;
  label: string;
  /** Base32, upper case, no padding, no spaces. */
  secret: string;
  algorithm: OtpAlgorithm;
  digits: number;
  /** Seconds; used by totp and steam. */
  period: number;
  /** Used by hotp: the counter of the next code to show. */
  counter: number;
}

export const DEFAULT_PARAMETERS = {
  algorithm: 'SHA1',
  digits: 6,
  period: 30,
  counter: 0,
} as const satisfies Partial<OtpAccount>;

export const DEFAULT_TYPE: OtpType = 'totp';

/** Steam Guard codes are always 5 characters that change every 30 seconds. */
export const STEAM_DIGITS = 5;
export const STEAM_PERIOD = 30;
