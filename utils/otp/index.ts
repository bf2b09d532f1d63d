/** The OTP core: pure functions from keys and links to codes, no browser APIs. */
export type { OtpAccount, OtpAlgorithm, OtpType } from './account';
export { DEFAULT_PARAMETERS, OTP_ALGORITHMS, OTP_TYPES } from './account';
export { OtpError } from './errors';
export type { OtpErrorCode } from './errors';
export { counterAt, generateCode, secondsRemaining } from './generate';
export { assertMigrationCompatible, parseMigrationUri, toMigrationUris } from './migration';
export type { MigrationBatch, MigrationImport } from './migration';
export { normalizeSecret } from './secret';
export { parseOtpauthUri, toOtpauthUri } from './uri';
export { validateAccount } from './validate';
