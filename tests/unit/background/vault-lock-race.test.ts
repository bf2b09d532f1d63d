import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { indexedDB, IDBKeyRange } from 'fake-indexeddb';
import { browser } from 'wxt/browser';
import { VaultDatabase } from '@/utils/vault/db';
import { VaultRepository } from '@/utils/vault/repository';
import { ARGON2ID_FLOOR } from '@/utils/vault/kdf-params';
import { VaultService } from '@/entrypoints/background/vault-service';

describe('locking while activity is being recorded', () => {
  it('stays locked when the Lock click also reports activity (both messages in flight at once)', async () => {
    const db = new VaultDatabase({ name: `vault-lock-race-${Math.random()}`, indexedDB, IDBKeyRange });
    const vault = new VaultService(new VaultRepository(db, { kdfTarget: ARGON2ID_FLOOR }));
    await vault.setup('pw');
    const unlocked = await browser.storage.session.get();

    // The pointer-down's report reaches the worker first, the click's lock a moment later: try every moment.
    const unlockedAfterLock: number[] = [];
    for (let ticks = 0; ticks < 60; ticks++) {
      await browser.storage.session.set(unlocked);
      expect((await vault.status()).state).toBe('unlocked');
      const activity = vault.recordActivity();
      for (let tick = 0; tick < ticks; tick++) await Promise.resolve();
      await Promise.all([activity, vault.lock()]);
      if ((await vault.status()).state !== 'locked') unlockedAfterLock.push(ticks);
    }
    expect(unlockedAfterLock).toEqual([]);
  });

  it('leaves no key in the worker’s memory when a request was reading it as the vault locked', async () => {
    const db = new VaultDatabase({ name: `vault-lock-race-${Math.random()}`, indexedDB, IDBKeyRange });
    const repository = new VaultRepository(db, { kdfTarget: ARGON2ID_FLOOR });
    const vault = new VaultService(repository);
    await vault.setup('pw');
    const unlocked = await browser.storage.session.get();

    const keyLeftInMemory: number[] = [];
    for (let ticks = 0; ticks < 60; ticks++) {
      await browser.storage.session.set(unlocked);
      repository.lock(); // as after a worker restart: the key is only in the session store
      const request = vault.unlockedRepository().then(
        () => 'served',
        () => 'refused',
      );
      for (let tick = 0; tick < ticks; tick++) await Promise.resolve();
      await Promise.all([request, vault.lock()]);
      if (repository.isUnlocked) keyLeftInMemory.push(ticks);
    }
    expect(keyLeftInMemory).toEqual([]);
  });
});
