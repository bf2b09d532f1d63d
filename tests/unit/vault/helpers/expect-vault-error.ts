import { expect } from 'vitest';
import { VaultError, type VaultErrorCode } from '../../../../utils/vault/errors';

/** Awaits `promise` and asserts it rejected with a VaultError of exactly `code`. */
export async function expectVaultError(promise: Promise<unknown>, code: VaultErrorCode): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(VaultError);
  expect((error as VaultError).code).toBe(code);
}
