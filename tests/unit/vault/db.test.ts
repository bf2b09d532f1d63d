import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { VaultRepository } from '../../../utils/vault/repository';
import { restoreDump, type DatabaseDump } from './helpers/raw-indexeddb';
import { TEST_KDF, freshDatabaseName, openTestDatabase } from './helpers/test-database';

const v1Dump = JSON.parse(
  readFileSync(path.resolve(process.cwd(), 'tests/fixtures/vault/v1-database.json'), 'utf8'),
) as DatabaseDump;
const v1Password = 'correct horse battery staple';

/** What the v1 fixture holds, in the order v1 showed it (by id). */
const v1Accounts = [
  { id: '3f2a9c1e-5b7d-4e8a-9c0b-1d2e3f4a5b6c', issuer: 'GitHub', label: 'octocat', counter: 0 },
  { id: '8c41d2e7-0f3a-4b9c-8d1e-2f3a4b5c6d7e', issuer: 'Example Bank', label: 'alice', counter: 7 },
  { id: 'e905b3f8-1a4b-4c0d-9e2f-3a4b5c6d7e8f', issuer: 'Steam', label: 'gaben', counter: 0 },
];

function v1Rows(storeName: string): unknown[] {
  return v1Dump.stores.find((store) => store.name === storeName)!.rows;
}

describe('VaultDatabase', () => {
  it('creates the current schema: accounts indexed by order', async () => {
    const db = openTestDatabase();
    await db.open();
    expect(db.verno).toBe(2);
    expect(db.tables.map((table) => table.name).sort()).toEqual(['accounts', 'backupCodeSets', 'meta']);
    expect(db.accounts.schema.indexes.map((index) => index.name)).toEqual(['order']);
    db.close();
  });
});

describe('a version-1 database (committed fixture)', () => {
  async function openV1(): Promise<ReturnType<typeof openTestDatabase>> {
    const name = freshDatabaseName();
    await restoreDump(name, v1Dump);
    return openTestDatabase(name);
  }

  it('upgrades to version 2, giving accounts the order v1 showed them in, ciphertext untouched', async () => {
    const db = await openV1();
    await db.open();
    expect(db.verno).toBe(2);
    const rows = await db.accounts.orderBy('order').toArray();
    expect(rows.map(({ id, order }) => ({ id, order }))).toEqual(v1Accounts.map(({ id }, order) => ({ id, order })));
    expect(rows.map(({ id, envelope }) => ({ id, envelope }))).toEqual(v1Rows('accounts'));
    expect(await db.backupCodeSets.toArray()).toEqual(v1Rows('backupCodeSets'));
    db.close();
  });

  it('unlocks with its password and reads every record', async () => {
    const db = await openV1();
    const repository = new VaultRepository(db, { kdfTarget: TEST_KDF });
    await repository.unlock(v1Password);
    const accounts = await repository.listRecords('accounts');
    expect(accounts.map(({ id, order, value }) => ({ id, order, ...(value as object) }))).toEqual(
      v1Accounts.map((account, order) => expect.objectContaining({ ...account, order })),
    );
    expect(await repository.listRecords('backupCodeSets')).toEqual([
      {
        id: '5d7e2a1b-6c3d-4e5f-8a9b-0c1d2e3f4a5b',
        value: {
          accountId: '3f2a9c1e-5b7d-4e8a-9c0b-1d2e3f4a5b6c',
          codes: [
            { code: 'a1b2-c3d4', used: false },
            { code: 'e5f6-a7b8', used: true },
          ],
        },
      },
    ]);
    db.close();
  });
});
