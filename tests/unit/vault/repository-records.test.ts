import { describe, expect, it, vi } from 'vitest';
import type { VaultDatabase } from '../../../utils/vault/db';
import { VaultRepository } from '../../../utils/vault/repository';
import { expectVaultError } from './helpers/expect-vault-error';
import { TEST_KDF, openTestDatabase } from './helpers/test-database';

async function unlockedVault(): Promise<{ db: VaultDatabase; repository: VaultRepository }> {
  const db = openTestDatabase();
  const repository = new VaultRepository(db, { kdfTarget: TEST_KDF });
  await repository.init('correct horse battery staple');
  return { db, repository };
}

describe('records', () => {
  it('stores only ids, order and ciphertext in the clear', async () => {
    const { db, repository } = await unlockedVault();
    await repository.putRecord('accounts', 'a', { issuer: 'GitHub', label: 'octocat', secret: 'JBSWY3DPEHPK3PXP', sites: ['https://github.com'] });
    const row = await db.accounts.get('a');
    expect(Object.keys(row!).sort()).toEqual(['envelope', 'id', 'order']);
    expect(JSON.stringify(row)).not.toMatch(/GitHub|octocat|JBSWY3DP|github\.com/);
  });

  it('lists accounts in order: new ones at the end, explicit order honoured, updates keep their place', async () => {
    const { repository } = await unlockedVault();
    await repository.putRecords('accounts', [
      { id: 'z', value: { n: 1 } },
      { id: 'y', value: { n: 2 } },
    ]);
    await repository.putRecord('accounts', 'x', { n: 3 });
    await repository.putRecord('accounts', 'w', { n: 0 }, -1);
    await repository.putRecord('accounts', 'z', { n: 1.5 });
    expect(await repository.listRecords('accounts')).toEqual([
      { id: 'w', order: -1, value: { n: 0 } },
      { id: 'z', order: 0, value: { n: 1.5 } },
      { id: 'y', order: 1, value: { n: 2 } },
      { id: 'x', order: 2, value: { n: 3 } },
    ]);
  });

  it('keeps backup-code sets apart from accounts', async () => {
    const { repository } = await unlockedVault();
    await repository.putRecord('backupCodeSets', 'set-1', { codes: ['1111-2222'] });
    expect(await repository.listRecords('backupCodeSets')).toEqual([{ id: 'set-1', value: { codes: ['1111-2222'] } }]);
    expect(await repository.listRecords('accounts')).toEqual([]);
    expect(await repository.getRecord('accounts', 'set-1')).toBeUndefined();
  });

  it('deletes the given records only', async () => {
    const { repository } = await unlockedVault();
    await repository.putRecords('accounts', ['a', 'b', 'c'].map((id) => ({ id, value: { id } })));
    await repository.deleteRecords('accounts', ['a', 'c']);
    expect((await repository.listRecords('accounts')).map(({ id }) => id)).toEqual(['b']);
  });

  it('putRecords writes all records or none', async () => {
    const { db, repository } = await unlockedVault();
    await repository.putRecord('accounts', 'kept', { v: 1 });
    const realBulkPut = db.accounts.bulkPut.bind(db.accounts);
    vi.spyOn(db.accounts, 'bulkPut').mockImplementationOnce((async (rows: Parameters<typeof realBulkPut>[0]) => {
      await realBulkPut(rows);
      throw new Error('injected: quota exceeded');
    }) as unknown as typeof db.accounts.bulkPut);

    const batch = [
      { id: 'kept', value: { v: 2 } },
      { id: 'new', value: { v: 1 } },
    ];
    await expect(repository.putRecords('accounts', batch)).rejects.toThrow('injected: quota exceeded');
    expect(await repository.listRecords('accounts')).toEqual([{ id: 'kept', order: 0, value: { v: 1 } }]);
  });

  it('writeTogether writes every table or none (an import: accounts with their backup-code sets)', async () => {
    const { db, repository } = await unlockedVault();
    vi.spyOn(db.backupCodeSets, 'bulkPut').mockImplementationOnce((async () => {
      throw new Error('injected: quota exceeded');
    }) as unknown as typeof db.backupCodeSets.bulkPut);
    const writes = [
      { table: 'accounts' as const, records: [{ id: 'bank', value: { v: 1 }, order: 0 }] },
      { table: 'backupCodeSets' as const, records: [{ id: 'set', value: { accountId: 'bank' } }] },
    ];
    await expect(repository.writeTogether(writes)).rejects.toThrow('injected: quota exceeded');
    expect(await repository.listRecords('accounts')).toEqual([]);

    await repository.writeTogether(writes);
    expect(await repository.listRecords('accounts')).toEqual([{ id: 'bank', order: 0, value: { v: 1 } }]);
    expect(await repository.listRecords('backupCodeSets')).toEqual([{ id: 'set', value: { accountId: 'bank' } }]);
  });

  it('two records whose stored envelopes were swapped are "vault-damaged"', async () => {
    const { db, repository } = await unlockedVault();
    await repository.putRecords('accounts', [
      { id: 'a', value: { label: 'first' } },
      { id: 'b', value: { label: 'second' } },
    ]);
    const [a, b] = await db.accounts.bulkGet(['a', 'b']);
    await db.accounts.bulkPut([
      { ...a!, envelope: b!.envelope },
      { ...b!, envelope: a!.envelope },
    ]);
    await expectVaultError(repository.getRecord('accounts', 'a'), 'vault-damaged');
    await expectVaultError(repository.getRecord('accounts', 'b'), 'vault-damaged');
    await expectVaultError(repository.listRecords('accounts'), 'vault-damaged');
  });

  it('an account envelope moved into the backup-code table is "vault-damaged"', async () => {
    const { db, repository } = await unlockedVault();
    await repository.putRecord('accounts', 'a', { label: 'first' });
    const row = await db.accounts.get('a');
    await db.backupCodeSets.put({ id: 'a', envelope: row!.envelope });
    await expectVaultError(repository.getRecord('backupCodeSets', 'a'), 'vault-damaged');
  });
});
