import { expect } from 'vitest';
import { OtpError } from '../../../utils/otp/errors';
import type { OtpErrorCode } from '../../../utils/otp/errors';

/** Asserts that `run` throws an OtpError with `code` (not just any error that happens to match a message). */
export function expectOtpError(run: () => unknown, code: OtpErrorCode): OtpError {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(OtpError);
  expect((thrown as OtpError).code).toBe(code);
  return thrown as OtpError;
}
