import { describe, expect, it } from 'vitest';
import { indexedDB, IDBKeyRange } from 'fake-indexeddb';
import { VaultDatabase } from '@/utils/vault/db';
import { VaultRepository } from '@/utils/vault/repository';
import { ARGON2ID_FLOOR } from '@/utils/vault/kdf-params';
import { VaultService } from '@/entrypoints/background/vault-service';
import { AccountService } from '@/entrypoints/background/account-service';
import { BackupCodeService } from '@/entrypoints/background/backup-code-service';

const ACCOUNT = { type: 'totp', issuer: 'Example', label: 'me', secret: 'JBSWY3DPEHPK3PXP', algorithm: 'SHA1', digits: 6, period: 30, counter: 0 } as const;
const CODES = Array.from({ length: 10 }, (_, i) => `code-${1000 + i}`);

async function setUp() {
  const db = new VaultDatabase({ name: `backup-${Math.random()}`, indexedDB, IDBKeyRange });
  const vault = new VaultService(new VaultRepository(db, { kdfTarget: ARGON2ID_FLOOR }));
  await vault.setup('pw');
  const accounts = new AccountService(vault);
  const backup = new BackupCodeService(vault);
  const { id } = await accounts.add(ACCOUNT);
  return { vault, accounts, backup, accountId: id };
}

describe('BackupCodeService', () => {
  it('hands out each code once, then says none are left', async () => {
    const { backup, accountId } = await setUp();
    await backup.save(accountId, CODES, { kind: 'paste' });
    const handed: string[] = [];
    for (let i = 0; i < 10; i++) handed.push((await backup.takeNextCode(accountId)).code);
    expect(new Set(handed).size).toBe(10);
    expect(handed.sort()).toEqual([...CODES].sort());
    await expect(backup.takeNextCode(accountId)).rejects.toMatchObject({ code: 'no-backup-codes-left' });
    expect((await backup.list())[0]).toMatchObject({ total: 10, remaining: 0, runningLow: true });
  });

  it('gives the last code to exactly one of many concurrent callers', async () => {
    const { backup, accountId } = await setUp();
    await backup.save(accountId, ['only-12345'], { kind: 'paste' });
    const results = await Promise.allSettled(Array.from({ length: 8 }, () => backup.takeNextCode(accountId)));
    const winners = results.filter((r) => r.status === 'fulfilled');
    expect(winners).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason.code)).toEqual(
      Array(7).fill('no-backup-codes-left'),
    );
  });

  it('replaces the old set when a new one is saved, and can put the code handed out last back', async () => {
    const { backup, accountId } = await setUp();
    await backup.save(accountId, CODES, { kind: 'paste' });
    await backup.takeNextCode(accountId);
    const summary = await backup.save(accountId, ['new-00001', 'new-00002'], { kind: 'file', fileName: 'codes.txt' });
    expect(await backup.list()).toEqual([summary]);
    await expect(backup.markUnused(accountId)).rejects.toMatchObject({ code: 'no-used-backup-code' });
    expect((await backup.takeNextCode(accountId)).code).toBe('new-00001');
    expect((await backup.markUnused(accountId)).remaining).toBe(2);
    await expect(backup.markUnused(accountId)).rejects.toMatchObject({ code: 'no-used-backup-code' });
    expect((await backup.takeNextCode(accountId)).code).toBe('new-00001');
  });

  it('knows which account already holds a set of codes, in any order', async () => {
    const { backup, accountId } = await setUp();
    await backup.save(accountId, CODES, { kind: 'paste' });
    expect(await backup.accountsHolding([...CODES].reverse())).toEqual([accountId]);
    expect(await backup.accountsHolding(CODES.slice(1))).toEqual([]);
  });

  it('tells a fill before it starts whether a code is left', async () => {
    const { backup, accountId } = await setUp();
    await expect(backup.requireUnusedCode(accountId)).rejects.toMatchObject({ code: 'no-backup-codes' });
    await backup.save(accountId, ['only-12345'], { kind: 'paste' });
    await backup.requireUnusedCode(accountId);
    await backup.takeNextCode(accountId);
    await expect(backup.requireUnusedCode(accountId)).rejects.toMatchObject({ code: 'no-backup-codes-left' });
  });

  it('reveals the codes only with the password, and drops them with the account', async () => {
    const { backup, accounts, accountId } = await setUp();
    await backup.save(accountId, CODES, { kind: 'page', origin: 'https://example.com' });
    await expect(backup.reveal(accountId, 'nope')).rejects.toMatchObject({ code: 'wrong-password' });
    expect((await backup.reveal(accountId, 'pw')).codes.map((c) => c.code)).toEqual(CODES);
    await accounts.remove([accountId]);
    await backup.removeForAccounts([accountId]);
    expect(await backup.list()).toEqual([]);
  });
});
