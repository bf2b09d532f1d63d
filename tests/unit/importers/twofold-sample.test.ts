/** The committed sample backups (tests/fixtures/backups) open as the specification says. */
import { createDecipheriv, createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { argon2id } from 'hash-wasm';
import { describe, expect, it } from 'vitest';
import { parseImport } from '../../../utils/importers';
import { openFile } from '../../../utils/vault/file-envelope';

const BACKUPS = path.resolve(process.cwd(), 'tests/fixtures/backups');
const SAMPLE_PASSWORD = 'twofold sample backup';
const read = (name: string) => readFileSync(path.join(BACKUPS, name), 'utf8');

describe('sample Twofold backups', () => {
  it('the encrypted sample opens with its password to exactly the plain sample', async () => {
    expect(await openFile(SAMPLE_PASSWORD, read('twofold-backup-sample.json'))).toEqual(JSON.parse(read('twofold-export-sample.json')));
  });

  it('decrypts by the steps of README.md, "Backup file format", with node:crypto alone (and an Argon2id)', async () => {
    const file = JSON.parse(read('twofold-backup-sample.json')) as {
      format: string; version: number; kdf: { algorithm: string; memoryKiB: number; iterations: number; parallelism: number; salt: string }; iv: string; ct: string; checksum: string;
    };
    const sorted = (value: object): string => JSON.stringify(value, Object.keys(flatten(value)).sort());
    expect(createHash('sha256').update(sorted({ format: file.format, version: file.version, kdf: file.kdf, iv: file.iv, ct: file.ct })).digest('base64')).toBe(file.checksum);
    const key = await argon2id({
      password: SAMPLE_PASSWORD.normalize('NFKC'),
      salt: Buffer.from(file.kdf.salt, 'base64'),
      iterations: file.kdf.iterations,
      memorySize: file.kdf.memoryKiB,
      parallelism: file.kdf.parallelism,
      hashLength: 32,
      outputType: 'binary',
    });
    const sealed = Buffer.from(file.ct, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(file.iv, 'base64'));
    decipher.setAAD(Buffer.from(sorted({ format: file.format, version: file.version, kdf: file.kdf })));
    decipher.setAuthTag(sealed.subarray(-16));
    const plaintext = Buffer.concat([decipher.update(sealed.subarray(0, -16)), decipher.final()]).toString('utf8');
    expect(JSON.parse(plaintext)).toEqual(JSON.parse(read('twofold-export-sample.json')));
  });

  it('both import as the same three accounts', async () => {
    const encrypted = await parseImport({ data: read('twofold-backup-sample.json') }, { password: SAMPLE_PASSWORD });
    const plain = await parseImport({ data: read('twofold-export-sample.json') });
    expect(encrypted).toEqual(plain);
    expect(plain.accounts.map(({ type, issuer }) => `${type} ${issuer}`)).toEqual(['totp Example', 'hotp Counter Corp', 'steam Steam']);
  });
});

/** Every key at every depth: JSON.stringify's key list then sorts all levels (the canonical JSON of the spec). */
function flatten(value: object, keys: Record<string, true> = {}): Record<string, true> {
  for (const [key, inner] of Object.entries(value)) {
    keys[key] = true;
    if (inner !== null && typeof inner === 'object') flatten(inner as object, keys);
  }
  return keys;
}
