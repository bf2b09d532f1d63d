import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { indexedDB, IDBKeyRange } from 'fake-indexeddb';
import { VaultDatabase } from '@/utils/vault/db';
import { VaultRepository } from '@/utils/vault/repository';
import { ARGON2ID_FLOOR } from '@/utils/vault/kdf-params';
import { VaultService } from '@/entrypoints/background/vault-service';
import { AccountService } from '@/entrypoints/background/account-service';

const ACCOUNT = { type: 'totp', label: 'me', algorithm: 'SHA1', digits: 6, period: 30, counter: 0 } as const;

/** A vault with two accounts, and the services of a worker started anew over it (nothing decrypted yet). */
async function restartedWorker() {
  const db = new VaultDatabase({ name: `account-cache-${Math.random()}`, indexedDB, IDBKeyRange });
  const before = new VaultService(new VaultRepository(db, { kdfTarget: ARGON2ID_FLOOR }));
  await before.setup('pw');
  const added = new AccountService(before);
  const ids = [
    (await added.add({ ...ACCOUNT, issuer: 'Alpha', secret: 'JBSWY3DPEHPK3PXP' })).id,
    (await added.add({ ...ACCOUNT, issuer: 'Bravo', secret: 'JBSWY3DPEHPK3PXQ' })).id,
  ];
  const repository = new VaultRepository(db, { kdfTarget: ARGON2ID_FLOOR });
  const vault = new VaultService(repository);
  return { ids, vault, accounts: new AccountService(vault), listRecords: vi.spyOn(repository, 'listRecords') };
}

describe('the account cache after a worker restart', () => {
  it('decrypts the vault once for messages that arrive together', async () => {
    const { accounts, listRecords } = await restartedWorker();
    const [list, again] = await Promise.all([accounts.list(), accounts.list(), accounts.codes([])]);
    expect(listRecords).toHaveBeenCalledTimes(1);
    expect(list.map((account) => account.issuer)).toEqual(['Alpha', 'Bravo']);
    expect(again).toEqual(list);
  });

  it('does not bring back an account deleted while the list was loading', async () => {
    const { ids, accounts } = await restartedWorker();
    await Promise.all([accounts.list(), accounts.remove([ids[0]!])]);
    expect((await accounts.list()).map((account) => account.id)).toEqual([ids[1]]);
  });

  it('keeps nothing from a load that a lock interrupted', async () => {
    const { vault, accounts, listRecords } = await restartedWorker();
    const decrypt = VaultRepository.prototype.listRecords;
    let decrypted!: () => void;
    let release!: () => void;
    const loaded = new Promise<void>((resolve) => (decrypted = resolve));
    const gate = new Promise<void>((resolve) => (release = resolve));
    listRecords.mockImplementationOnce(async function (this: VaultRepository, table) {
      const records = await decrypt.call(this, table);
      decrypted();
      await gate;
      return records;
    });
    const loading = accounts.list();
    await loaded;
    await vault.lock();
    release();
    await loading;
    await vault.unlock('pw');
    await accounts.list();
    expect(listRecords).toHaveBeenCalledTimes(2);
  });
});
