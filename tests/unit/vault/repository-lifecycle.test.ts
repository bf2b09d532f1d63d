import { describe, expect, it, vi } from 'vitest';
import { generateDataKeyBytes } from '../../../utils/vault/crypto';
import type { VaultDatabase } from '../../../utils/vault/db';
import { createPasswordSlot, type PasswordSlot } from '../../../utils/vault/slot';
import { VaultRepository } from '../../../utils/vault/repository';
import { expectVaultError } from './helpers/expect-vault-error';
import { hex } from './helpers/kat';
import { flipByte } from './helpers/tamper';
import { TEST_KDF, openTestDatabase } from './helpers/test-database';

const password = 'correct horse battery staple';
const newPassword = 'tr0ub4dor&3';

async function initialisedVault(): Promise<{ db: VaultDatabase; repository: VaultRepository }> {
  const db = openTestDatabase();
  const repository = new VaultRepository(db, { kdfTarget: TEST_KDF });
  await repository.init(password);
  await repository.putRecords('accounts', [
    { id: 'a', value: { issuer: 'GitHub', secret: 'JBSWY3DPEHPK3PXP' } },
    { id: 'b', value: { issuer: 'Bank', secret: 'GEZDGNBVGY3TQOJQ' } },
  ]);
  return { db, repository };
}

async function storedSlot(db: VaultDatabase): Promise<PasswordSlot> {
  return (await db.meta.get('passwordSlot'))!.value as PasswordSlot;
}

/**
 * Makes the next read of the slot return the stored one while another context
 * replaces it, as if a password change elsewhere landed during our key derivation.
 * Returns the slot that context wrote.
 */
async function replaceSlotAfterNextRead(db: VaultDatabase): Promise<PasswordSlot> {
  const elsewhere = await createPasswordSlot('set elsewhere', generateDataKeyBytes(), TEST_KDF);
  const realGet = db.meta.get.bind(db.meta);
  vi.spyOn(db.meta, 'get').mockImplementationOnce((async (key: Parameters<typeof realGet>[0]) => {
    const row = await realGet(key);
    await db.meta.put({ key: 'passwordSlot', value: elsewhere });
    return row;
  }) as unknown as typeof db.meta.get);
  return elsewhere;
}

/** Raw rows as stored, serialised: equal strings mean byte-identical rows. */
async function rawAccountRows(db: VaultDatabase): Promise<string> {
  return JSON.stringify(await db.accounts.toArray());
}

describe('first run and unlock', () => {
  it('init creates the vault, unlocks it, and a new instance unlocks with the same key', async () => {
    const { db, repository } = await initialisedVault();
    expect(repository.isUnlocked).toBe(true);
    expect(await repository.isInitialized()).toBe(true);
    expect(await db.meta.get('contentSchemaVersion')).toEqual({ key: 'contentSchemaVersion', value: 1 });

    const later = new VaultRepository(db, { kdfTarget: TEST_KDF });
    expect(later.isUnlocked).toBe(false);
    await later.unlock(password);
    expect((await later.getRecord('accounts', 'a'))?.value).toEqual({ issuer: 'GitHub', secret: 'JBSWY3DPEHPK3PXP' });
  });

  it('init refuses a second vault and leaves the first one intact', async () => {
    const { db, repository } = await initialisedVault();
    const before = await storedSlot(db);
    await expectVaultError(repository.init('another password'), 'already-initialized');
    expect(await storedSlot(db)).toEqual(before);
  });

  it('init refuses a KDF target below the floor and stores nothing', async () => {
    const db = openTestDatabase();
    const repository = new VaultRepository(db, { kdfTarget: { ...TEST_KDF, memoryKiB: 1024 } });
    await expectVaultError(repository.init(password), 'weak-kdf');
    expect(await repository.isInitialized()).toBe(false);
  });

  it('unlock before init is "not-initialized"', async () => {
    const repository = new VaultRepository(openTestDatabase(), { kdfTarget: TEST_KDF });
    await expectVaultError(repository.unlock(password), 'not-initialized');
  });

  it('a wrong password is "wrong-password" and leaves the vault locked', async () => {
    const { db } = await initialisedVault();
    const repository = new VaultRepository(db, { kdfTarget: TEST_KDF });
    await expectVaultError(repository.unlock('Correct horse battery staple'), 'wrong-password');
    expect(repository.isUnlocked).toBe(false);
  });

  it('a damaged stored slot is "vault-damaged", not "wrong-password"', async () => {
    const { db } = await initialisedVault();
    const slot = await storedSlot(db);
    await db.meta.put({ key: 'passwordSlot', value: { ...slot, wrappedKey: flipByte(slot.wrappedKey, 10) } });
    await expectVaultError(new VaultRepository(db, { kdfTarget: TEST_KDF }).unlock(password), 'vault-damaged');
  });

  it('content from a newer Twofold is "unsupported-version"', async () => {
    const { db } = await initialisedVault();
    await db.meta.put({ key: 'contentSchemaVersion', value: 2 });
    await expectVaultError(new VaultRepository(db, { kdfTarget: TEST_KDF }).unlock(password), 'unsupported-version');
  });

  it('lock forgets the key: record access is then "locked"', async () => {
    const { repository } = await initialisedVault();
    repository.lock();
    expect(repository.isUnlocked).toBe(false);
    await expectVaultError(repository.listRecords('accounts'), 'locked');
    await expectVaultError(repository.putRecord('accounts', 'c', {}), 'locked');
    await expectVaultError(repository.deleteRecords('accounts', ['a']), 'locked');
    await expectVaultError(repository.updateRecord('accounts', 'a', (value) => value), 'locked');
  });

  it('resume unlocks with the key bytes unlock returned (service-worker restart)', async () => {
    const { db } = await initialisedVault();
    const dek = await new VaultRepository(db, { kdfTarget: TEST_KDF }).unlock(password);
    const restarted = new VaultRepository(db, { kdfTarget: TEST_KDF });
    await restarted.resume(dek);
    expect((await restarted.listRecords('accounts')).map(({ id }) => id)).toEqual(['a', 'b']);
  });
});

describe('raising the KDF cost on unlock', () => {
  it('re-wraps a slot below target with the target, leaving records untouched', async () => {
    const { db } = await initialisedVault();
    const rowsBefore = await rawAccountRows(db);
    const oldSlot = await storedSlot(db);
    const target = { ...TEST_KDF, iterations: 3 };
    const dek = await new VaultRepository(db, { kdfTarget: target }).unlock(password);

    const raised = await storedSlot(db);
    expect(raised.kdf).toMatchObject(target);
    expect(raised.kdf.salt).not.toBe(oldSlot.kdf.salt);
    expect(await rawAccountRows(db)).toBe(rowsBefore);
    const again = new VaultRepository(db, { kdfTarget: target });
    expect(hex(await again.unlock(password))).toBe(hex(dek));
  });

  it('does not overwrite a slot that changed meanwhile', async () => {
    const { db } = await initialisedVault();
    const elsewhere = await replaceSlotAfterNextRead(db);
    await new VaultRepository(db, { kdfTarget: { ...TEST_KDF, iterations: 3 } }).unlock(password);
    expect(await storedSlot(db)).toEqual(elsewhere);
  });

  it('leaves a slot at target as it is', async () => {
    const { db } = await initialisedVault();
    const before = await storedSlot(db);
    await new VaultRepository(db, { kdfTarget: TEST_KDF }).unlock(password);
    expect(await storedSlot(db)).toEqual(before);
  });
});

describe('verifyPassword', () => {
  it('accepts the password and refuses another, even while unlocked', async () => {
    const { repository } = await initialisedVault();
    await expect(repository.verifyPassword(password)).resolves.toBeUndefined();
    await expectVaultError(repository.verifyPassword('not it'), 'wrong-password');
  });
});

describe('changePassword', () => {
  it('re-wraps the key only: rows stay byte-identical, the old password stops working', async () => {
    const { db, repository } = await initialisedVault();
    const rowsBefore = await rawAccountRows(db);
    await repository.changePassword(password, newPassword);

    expect(await rawAccountRows(db)).toBe(rowsBefore);
    expect(repository.isUnlocked).toBe(true);
    const later = new VaultRepository(db, { kdfTarget: TEST_KDF });
    await expectVaultError(later.unlock(password), 'wrong-password');
    await later.unlock(newPassword);
    expect((await later.getRecord('accounts', 'b'))?.value).toEqual({ issuer: 'Bank', secret: 'GEZDGNBVGY3TQOJQ' });
  });

  it('refuses a wrong current password and changes nothing', async () => {
    const { db, repository } = await initialisedVault();
    const before = await storedSlot(db);
    await expectVaultError(repository.changePassword('guess', newPassword), 'wrong-password');
    expect(await storedSlot(db)).toEqual(before);
  });

  it('refuses with "conflict", overwriting nothing, when the slot changed meanwhile', async () => {
    const { db, repository } = await initialisedVault();
    const elsewhere = await replaceSlotAfterNextRead(db);
    await expectVaultError(repository.changePassword(password, newPassword), 'conflict');
    expect(await storedSlot(db)).toEqual(elsewhere);
  });

  it('a failure half-way through the write leaves the old slot and the old password', async () => {
    const { db, repository } = await initialisedVault();
    const before = await storedSlot(db);
    const realPut = db.meta.put.bind(db.meta);
    // The new slot is written, then the transaction fails before it commits.
    vi.spyOn(db.meta, 'put').mockImplementationOnce((async (row: Parameters<typeof realPut>[0]) => {
      await realPut(row);
      throw new Error('injected: disk full');
    }) as unknown as typeof db.meta.put);

    await expect(repository.changePassword(password, newPassword)).rejects.toThrow('injected: disk full');
    expect(await storedSlot(db)).toEqual(before);
    const later = new VaultRepository(db, { kdfTarget: TEST_KDF });
    await expectVaultError(later.unlock(newPassword), 'wrong-password');
    await later.unlock(password);
  });
});
