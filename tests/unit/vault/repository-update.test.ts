import { describe, expect, it } from 'vitest';
import type { VaultDatabase } from '../../../utils/vault/db';
import { VaultRepository } from '../../../utils/vault/repository';
import { expectVaultError } from './helpers/expect-vault-error';
import { TEST_KDF, openTestDatabase } from './helpers/test-database';

const password = 'correct horse battery staple';

interface Hotp {
  counter: number;
}

async function vaultWithCounter(): Promise<{ db: VaultDatabase; repository: VaultRepository }> {
  const db = openTestDatabase();
  const repository = new VaultRepository(db, { kdfTarget: TEST_KDF });
  await repository.init(password);
  await repository.putRecord('accounts', 'hotp', { counter: 0 });
  return { db, repository };
}

const increment = (value: unknown): Hotp => ({ counter: (value as Hotp).counter + 1 });

async function storedCounter(repository: VaultRepository): Promise<number> {
  return ((await repository.getRecord('accounts', 'hotp'))!.value as Hotp).counter;
}

describe('updateRecord', () => {
  it('applies 20 concurrent increments of one record: +20, each caller sees its own value', async () => {
    const { repository } = await vaultWithCounter();
    const results = await Promise.all(
      Array.from({ length: 20 }, () => repository.updateRecord('accounts', 'hotp', increment)),
    );
    expect(await storedCounter(repository)).toBe(20);
    expect(results.map((result) => (result as Hotp).counter).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 20 }, (_, index) => index + 1),
    );
  });

  it('loses no update when two contexts (two repositories, separate locks) race: the compare-and-swap retries', async () => {
    const { db, repository } = await vaultWithCounter();
    const other = new VaultRepository(db, { kdfTarget: TEST_KDF });
    await other.unlock(password);
    // Each caller can lose at most once per write of the other context, well within the retry budget.
    await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        (index % 2 ? repository : other).updateRecord('accounts', 'hotp', increment),
      ),
    );
    expect(await storedCounter(repository)).toBe(10);
  });

  it('re-applies the change to the newer value when the record was written in between', async () => {
    const { db, repository } = await vaultWithCounter();
    const other = new VaultRepository(db, { kdfTarget: TEST_KDF });
    await other.unlock(password);
    const seen: number[] = [];
    const result = await repository.updateRecord('accounts', 'hotp', async (value) => {
      seen.push((value as Hotp).counter);
      if (seen.length === 1) await other.putRecord('accounts', 'hotp', { counter: 100 });
      return increment(value);
    });
    expect(seen).toEqual([0, 100]);
    expect(result).toEqual({ counter: 101 });
    expect(await storedCounter(repository)).toBe(101);
  });

  it('gives up with "conflict" when every attempt is overtaken, leaving the other writes', async () => {
    const { db, repository } = await vaultWithCounter();
    const other = new VaultRepository(db, { kdfTarget: TEST_KDF });
    await other.unlock(password);
    let calls = 0;
    const update = repository.updateRecord('accounts', 'hotp', async (value) => {
      calls++;
      await other.putRecord('accounts', 'hotp', { counter: 1000 + calls });
      return increment(value);
    });
    await expectVaultError(update, 'conflict');
    expect(calls).toBe(10);
    expect(await storedCounter(repository)).toBe(1010);
  });

  it('keeps the account in its place', async () => {
    const { repository } = await vaultWithCounter();
    await repository.putRecord('accounts', 'first', { counter: 0 }, -5);
    await repository.updateRecord('accounts', 'hotp', increment);
    expect((await repository.listRecords('accounts')).map(({ id, order }) => [id, order])).toEqual([
      ['first', -5],
      ['hotp', 0],
    ]);
  });

  it('a missing record is "not-found"', async () => {
    const { repository } = await vaultWithCounter();
    await expectVaultError(repository.updateRecord('accounts', 'nope', increment), 'not-found');
  });

  it('a record deleted before the write is "not-found", and stays deleted', async () => {
    const { repository } = await vaultWithCounter();
    const update = repository.updateRecord('accounts', 'hotp', async (value) => {
      await repository.deleteRecords('accounts', ['hotp']);
      return increment(value);
    });
    await expectVaultError(update, 'not-found');
    expect(await repository.getRecord('accounts', 'hotp')).toBeUndefined();
  });
});
