/**
 * An encrypted file chooses its own key-derivation cost; a hostile one must
 * not make us allocate gigabytes or spin for minutes before saying no.
 */
import { describe, expect, it } from 'vitest';
import { parseImport } from '../../../utils/importers';
import { importError } from './import-error';

const aegisWithScryptCost = (n: number) =>
  JSON.stringify({
    version: 1,
    header: {
      slots: [{ type: 1, key: '00'.repeat(32), key_params: { nonce: '00'.repeat(12), tag: '00'.repeat(16) }, n, r: 8, p: 1, salt: '00'.repeat(32) }],
      params: { nonce: '00'.repeat(12), tag: '00'.repeat(16) },
    },
    db: 'AAAA',
  });

const bitwardenWith = (kdf: object) =>
  JSON.stringify({ encrypted: true, passwordProtected: true, salt: 'c2FsdA==', encKeyValidation_DO_NOT_EDIT: '2.AA==|AA==|AA==', data: '2.AA==|AA==|AA==', ...kdf });

describe('key derivation limits', () => {
  it.each([
    ['Aegis scrypt N = 2^30', aegisWithScryptCost(2 ** 30)],
    ['Aegis scrypt N not a power of two', aegisWithScryptCost(30_000)],
    ['Bitwarden PBKDF2 with a billion rounds', bitwardenWith({ kdfType: 0, kdfIterations: 1e9 })],
    ['Bitwarden Argon2id with 64 GiB', bitwardenWith({ kdfType: 1, kdfIterations: 3, kdfMemory: 65_536, kdfParallelism: 4 })],
  ])('%s is refused as malformed without running it', async (_, data) => {
    const error = await importError(parseImport({ data }, { password: 'password' }));
    expect(error.code).toBe('malformed');
    expect(error.message).toContain('far more work');
  });

  it('still says wrong-password for a normal-cost Aegis slot that does not open', async () => {
    expect((await importError(parseImport({ data: aegisWithScryptCost(1024) }, { password: 'password' }))).code).toBe('wrong-password');
  });
});
