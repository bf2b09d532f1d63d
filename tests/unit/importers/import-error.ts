import { expect } from 'vitest';
import { ImportError } from '../../../utils/importers/errors';

/** Awaits a promise that must reject with an ImportError, and returns that error. */
export async function importError(promise: Promise<unknown>): Promise<ImportError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}
