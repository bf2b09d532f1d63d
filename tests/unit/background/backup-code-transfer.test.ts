/**
 * Backup-code sets travel with Twofold's own backup: the export writes them with
 * the accounts, and the import restores each with its account, under the ids the
 * importing vault gave the account, with used codes still used.
 */
import { describe, expect, it } from 'vitest';
import type { ExportResult } from '@/utils/import-export';
import { bytesToBase64, utf8Encode } from '@/utils/vault/bytes';
import { unlockedServices, VAULT_PASSWORD } from './transfer-services';

const BANK = { type: 'totp', issuer: 'Bank', label: 'alice', secret: 'JBSWY3DPEHPK3PXP', algorithm: 'SHA1', digits: 6, period: 30, counter: 0 } as const;
const MAIL = { ...BANK, issuer: 'Mail', secret: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ' };
const CODES = ['1111-2222', '3333-4444', '5555-6666'];

function fileOf(result: ExportResult) {
  if (result.kind !== 'file') throw new Error('expected a file');
  return { fileName: result.fileName, data: bytesToBase64(utf8Encode(result.text)) };
}

async function importAll(services: Awaited<ReturnType<typeof unlockedServices>>, file: { fileName: string; data: string }, password?: string) {
  const preview = await services.imports.preview({ ...file, ...(password ? { password } : {}) });
  const indexes = preview.entries.filter(({ status }) => status === 'new').map(({ index }) => index);
  return services.imports.commit({ previewId: preview.previewId, indexes });
}

describe('backup codes through export and import', () => {
  it('come back with their account, under its new id, with used codes still used', async () => {
    const source = await unlockedServices();
    const bank = await source.accounts.add(BANK);
    await source.accounts.add(MAIL);
    await source.backupCodes.save(bank.id, CODES, { kind: 'page', origin: 'https://bank.example' });
    await source.backupCodes.takeNextCode(bank.id);
    const file = fileOf(await source.exports.create({ format: 'twofold-encrypted', password: VAULT_PASSWORD }));

    const target = await unlockedServices();
    expect(await importAll(target, file, VAULT_PASSWORD)).toEqual({ added: 2, skipped: 0 });
    const imported = (await target.accounts.list()).find(({ issuer }) => issuer === 'Bank')!;
    expect(imported.id).not.toBe(bank.id);
    expect(await target.backupCodes.list()).toEqual([
      expect.objectContaining({ accountId: imported.id, total: 3, remaining: 2, source: { kind: 'page', origin: 'https://bank.example' } }),
    ]);
    expect((await target.backupCodes.takeNextCode(imported.id)).code).toBe('3333-4444');
  });

  it('are left behind with an account that is already in Twofold, and a damaged set costs only the codes', async () => {
    const source = await unlockedServices();
    const bank = await source.accounts.add(BANK);
    const mail = await source.accounts.add(MAIL);
    await source.backupCodes.save(bank.id, CODES, { kind: 'paste' });
    const plain = await source.exports.create({ format: 'twofold-plain', password: VAULT_PASSWORD });
    if (plain.kind !== 'file') throw new Error('expected a file');
    const payload = JSON.parse(plain.text);
    payload.backupCodeSets.push({ id: 'broken', accountId: mail.id, savedAt: 'yesterday', source: { kind: 'paste' }, codes: [] });
    const file = { fileName: 'backup.json', data: bytesToBase64(utf8Encode(JSON.stringify(payload))) };

    const target = await unlockedServices();
    await target.accounts.add(BANK);
    expect(await importAll(target, file)).toEqual({ added: 1, skipped: 0 });
    expect((await target.accounts.list()).map(({ issuer }) => issuer)).toEqual(['Bank', 'Mail']);
    expect(await target.backupCodes.list()).toEqual([]);
  });
});
