import type { OtpAlgorithm, OtpType } from './account';

/**
 * Google Authenticator's export format ("Transfer accounts"), as published in
 * its MigrationPayload protobuf and confirmed by the exports in
 * /work/shared/fixtures/imports/google_authenticator.
 */

export const PAYLOAD_FIELD = { account: 1, version: 2, batchSize: 3, batchIndex: 4, batchId: 5 } as const;

export const ACCOUNT_FIELD = {
  secret: 1,
  name: 2,
  issuer: 3,
  algorithm: 4,
  digits: 5,
  type: 6,
  counter: 7,
} as const;

export const PAYLOAD_VERSION = 1;

/** 0 is "unspecified", which Google Authenticator treats as SHA1; 4 (MD5) is left out: we cannot generate it. */
export const ALGORITHM_BY_ENUM: ReadonlyMap<number, OtpAlgorithm> = new Map([
  [0, 'SHA1'],
  [1, 'SHA1'],
  [2, 'SHA256'],
  [3, 'SHA512'],
]);
export const MD5_ENUM = 4;

/** 0 is "unspecified", which means six. */
export const DIGITS_BY_ENUM: ReadonlyMap<number, number> = new Map([
  [0, 6],
  [1, 6],
  [2, 8],
]);

/** 0 is "unspecified": no code can be generated without knowing the type. */
export const TYPE_BY_ENUM: ReadonlyMap<number, OtpType> = new Map([
  [1, 'hotp'],
  [2, 'totp'],
]);

/** Google Authenticator has no period field: every TOTP code changes every 30 seconds. */
export const MIGRATION_PERIOD = 30;

/** The reverse lookup, for writing; the last match wins, so SHA1 and six digits are written as their explicit enums (1), not as "unspecified" (0). */
export const enumOf = <T>(map: ReadonlyMap<number, T>, value: T): number | undefined =>
  [...map].findLast(([, entry]) => entry === value)?.[0];
