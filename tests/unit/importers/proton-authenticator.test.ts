import { createCipheriv, randomBytes } from 'node:crypto';
import { argon2id } from 'hash-wasm';
import { describe, expect, it } from 'vitest';
import { parseImport } from '../../../utils/importers';
import { readFixture } from './fixtures';
import { importError } from './import-error';

/**
 * No password-protected Proton Authenticator export exists in the fixtures, so
 * one is made here from the plain Stratum sample, following Proton's
 * published scheme: Argon2id(m=19 MiB, t=2, p=1) + AES-256-GCM with AAD.
 */
async function encryptLikeProton(plain: Uint8Array, password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await argon2id({ password, salt, iterations: 2, memorySize: 19 * 1024, parallelism: 1, hashLength: 32, outputType: 'binary' });
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(Buffer.from('proton.authenticator.export.v1'));
  const sealed = Buffer.concat([nonce, cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
  return JSON.stringify({ version: 1, salt: salt.toString('base64'), content: sealed.toString('base64') });
}

describe('password-protected Proton Authenticator export (synthetic)', () => {
  const plain = readFixture('proton_authenticator', 'Stratum/protonauthenticator.json');

  it('opens with its password to the same accounts as the plain export, and refuses others', async () => {
    const encrypted = await encryptLikeProton(plain, 'correct horse');
    const expected = await parseImport({ data: plain });
    expect(expected.accounts.length).toBeGreaterThan(3);
    expect(await parseImport({ data: encrypted }, { password: 'correct horse' })).toEqual(expected);
    expect(await importError(parseImport({ data: encrypted }))).toMatchObject({ code: 'needs-password', message: expect.stringContaining('Proton') });
    expect((await importError(parseImport({ data: encrypted }, { password: 'wrong horse' }))).code).toBe('wrong-password');
  });
});
