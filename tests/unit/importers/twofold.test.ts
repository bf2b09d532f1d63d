/** Twofold's own backup, plain and encrypted: detected first, versioned, and strict about damage. */
import { describe, expect, it } from 'vitest';
import { toTwofoldExport } from '../../../utils/exporters/twofold-format';
import { IMPORT_FORMATS, parseImport } from '../../../utils/importers';
import { sealFile, type BackupFile } from '../../../utils/vault/file-envelope';
import { ARGON2ID_FLOOR } from '../../../utils/vault/kdf-params';
import { otpFields, SAMPLE_ACCOUNTS } from '../exporters/sample-accounts';
import { flipByte } from '../vault/helpers/tamper';

const PASSWORD = 'backup password';
const payload = () => toTwofoldExport(SAMPLE_ACCOUNTS, [], new Date('2025-01-01T00:00:00Z'));
const sealed = async (value: unknown = payload()) => sealFile(PASSWORD, value, ARGON2ID_FLOOR);
const plainText = (value: unknown = payload()) => JSON.stringify(value);

describe('Twofold backup import', () => {
  it('is the first format the registry tries', () => {
    expect(IMPORT_FORMATS[0]?.id).toBe('twofold');
  });

  it('reads a plain export with its notes, sites, pins and image icons', async () => {
    const result = await parseImport({ data: plainText() });
    expect(result).toMatchObject({ format: 'twofold', errors: [] });
    expect(result.accounts.map(otpFields)).toEqual(SAMPLE_ACCOUNTS.map(otpFields));
    expect(result.accounts[0]).toMatchObject({ pinned: true, note: 'Recovery: ask the branch', sites: [{ origin: 'https://bank.example', match: 'origin' }] });
    expect(result.accounts[3]?.icon?.mime).toBe('image/png');
  });

  it('asks for the password of an encrypted backup, says when it is wrong, and opens it with the right one', async () => {
    const text = await sealed();
    await expect(parseImport({ data: text })).rejects.toMatchObject({ name: 'ImportError', code: 'needs-password' });
    await expect(parseImport({ data: text }, { password: 'nope' })).rejects.toMatchObject({ code: 'wrong-password' });
    expect((await parseImport({ data: text }, { password: PASSWORD })).accounts).toHaveLength(SAMPLE_ACCOUNTS.length);
  });

  it('refuses a payload from a newer Twofold clearly, plain or encrypted', async () => {
    const newer = { ...payload(), version: 2 };
    await expect(parseImport({ data: plainText(newer) })).rejects.toMatchObject({ code: 'unsupported-format', message: expect.stringMatching(/newer version of Twofold/) });
    await expect(parseImport({ data: await sealed(newer) }, { password: PASSWORD })).rejects.toMatchObject({ message: expect.stringMatching(/newer version/) });
  });

  it('refuses a newer envelope before asking for a password', async () => {
    const file = JSON.parse(await sealed()) as BackupFile;
    await expect(parseImport({ data: JSON.stringify({ ...file, version: 2 }) })).rejects.toMatchObject({ code: 'unsupported-format' });
  });

  it('reports a damaged encrypted backup as damaged, not as a wrong password', async () => {
    const file = JSON.parse(await sealed()) as BackupFile;
    await expect(parseImport({ data: JSON.stringify({ ...file, ct: flipByte(file.ct, 3) }) }, { password: PASSWORD })).rejects.toMatchObject({ code: 'malformed' });
    await expect(parseImport({ data: (await sealed()).slice(0, 300) }, { password: PASSWORD })).rejects.toBeDefined();
  });

  it('refuses an encrypted file whose content is not a Twofold export', async () => {
    await expect(parseImport({ data: await sealed({ hello: 'world' }) }, { password: PASSWORD })).rejects.toMatchObject({ code: 'malformed' });
  });

  it('keeps the good accounts of a file with a bad entry, naming the bad one', async () => {
    const bad = { ...payload(), accounts: [...payload().accounts, { type: 'motp', issuer: 'Old', label: 'x', secret: 'ABC' }, 'junk'] };
    const result = await parseImport({ data: plainText(bad) });
    expect(result.accounts).toHaveLength(SAMPLE_ACCOUNTS.length);
    expect(result.errors).toEqual([
      { index: SAMPLE_ACCOUNTS.length, name: 'Old (x)', message: expect.stringMatching(/mOTP/) },
      { index: SAMPLE_ACCOUNTS.length + 1, message: expect.any(String) },
    ]);
  });

  it('drops what it must not trust: SVG or broken icons, bad sites; the account still imports', async () => {
    const [first] = payload().accounts;
    const odd = { ...first, icon: { kind: 'image', dataUrl: 'data:image/svg+xml;base64,PHN2Zz4=' }, sites: [{ origin: 'javascript:alert(1)', match: 'origin' }] };
    const result = await parseImport({ data: plainText({ ...payload(), accounts: [odd] }) });
    expect(result.accounts[0]).not.toHaveProperty('icon');
    expect(result.accounts[0]).not.toHaveProperty('sites');
  });

  it('reports an envelope whose checksum does not match as damaged', async () => {
    const file = JSON.parse(await sealed()) as BackupFile;
    await expect(parseImport({ data: JSON.stringify({ ...file, checksum: 'AAAA' }) }, { password: PASSWORD })).rejects.toMatchObject({ code: 'malformed' });
  });
});
