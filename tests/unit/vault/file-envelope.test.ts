import { describe, expect, it } from 'vitest';
import { checksumOf } from '../../../utils/vault/checksum';
import { BACKUP_FORMAT, openFile, sealFile, type BackupFile } from '../../../utils/vault/file-envelope';
import { expectVaultError } from './helpers/expect-vault-error';
import { flipByte } from './helpers/tamper';
import { TEST_KDF } from './helpers/test-database';

const password = 'export password';
const payload = { accounts: [{ issuer: 'GitHub', label: 'octocat', secret: 'JBSWY3DPEHPK3PXP' }] };

async function sealedFile(): Promise<BackupFile> {
  return JSON.parse(await sealFile(password, payload, TEST_KDF)) as BackupFile;
}

/** Serialises an edited file with a recomputed checksum, as a deliberate editor would. */
async function withChecksum(file: BackupFile): Promise<string> {
  const { checksum: _old, ...body } = file;
  return JSON.stringify({ ...body, checksum: await checksumOf(body) });
}

describe('backup file envelope', () => {
  it('round-trips the payload with the password, and shows none of it', async () => {
    const text = await sealFile(password, payload, TEST_KDF);
    expect(text).not.toMatch(/GitHub|octocat|JBSWY3DP/);
    const file = JSON.parse(text) as BackupFile;
    expect(file).toMatchObject({ format: BACKUP_FORMAT, version: 1, kdf: TEST_KDF });
    expect(await openFile(password, text)).toEqual(payload);
  });

  it('gets a fresh salt and IV every time', async () => {
    const first = await sealedFile();
    const second = await sealedFile();
    expect(first.kdf.salt).not.toBe(second.kdf.salt);
    expect(first.iv).not.toBe(second.iv);
  });

  it('refuses to seal below the KDF floor', async () => {
    await expectVaultError(sealFile(password, payload, { ...TEST_KDF, memoryKiB: 8192 }), 'weak-kdf');
  });

  it('a wrong password is "wrong-password"', async () => {
    await expectVaultError(openFile('export passwort', JSON.stringify(await sealedFile())), 'wrong-password');
  });

  it('a file from a newer Twofold is "unsupported-version"', async () => {
    const file = await sealedFile();
    await expectVaultError(openFile(password, await withChecksum({ ...file, version: 2 })), 'unsupported-version');
  });

  it('the header is authenticated: edited KDF parameters with a recomputed checksum never open', async () => {
    const file = await sealedFile();
    const edited = await withChecksum({ ...file, kdf: { ...file.kdf, iterations: 3 } });
    await expectVaultError(openFile(password, edited), 'wrong-password');
  });

  it.each<[string, (file: BackupFile, text: string) => string]>([
    ['a byte of the ciphertext', (file) => JSON.stringify({ ...file, ct: flipByte(file.ct, 2) })],
    ['a byte of the IV', (file) => JSON.stringify({ ...file, iv: flipByte(file.iv, 0) })],
    ['the KDF parameters', (file) => JSON.stringify({ ...file, kdf: { ...file.kdf, parallelism: 2 } })],
    ['a cut-off download', (_file, text) => text.slice(0, text.length / 2)],
    ['another format', (file) => JSON.stringify({ ...file, format: 'aegis' })],
    ['text that is not JSON', () => 'otpauth://totp/x?secret=JBSWY3DPEHPK3PXP'],
    ['JSON that is not an object', () => '[1,2,3]'],
  ])('%s is "file-damaged", even with the right password', async (_name, damage) => {
    const file = await sealedFile();
    await expectVaultError(openFile(password, damage(file, JSON.stringify(file, null, 2))), 'file-damaged');
  });

  it('hostile KDF parameters are refused before any key derivation', async () => {
    const file = await sealedFile();
    const hostile = await withChecksum({ ...file, kdf: { ...TEST_KDF, salt: file.kdf.salt, memoryKiB: 4 * 1024 * 1024 } });
    await expectVaultError(openFile(password, hostile), 'file-damaged');
  });
});
