import 'fake-indexeddb/auto';
import { describe, expect, it, beforeEach } from 'vitest';
import { indexedDB, IDBKeyRange } from 'fake-indexeddb';
import { VaultDatabase } from '@/utils/vault/db';
import { VaultRepository } from '@/utils/vault/repository';
import { ARGON2ID_FLOOR } from '@/utils/vault/kdf-params';
import { VaultService } from '@/entrypoints/background/vault-service';
import { AccountService } from '@/entrypoints/background/account-service';
import { updateSettings } from '@/entrypoints/background/settings-store';

let clock = 1_700_000_000_000;
const now = () => clock;

function makeServices() {
  const db = new VaultDatabase({ name: `vault-service-${Math.random()}`, indexedDB, IDBKeyRange });
  const repository = new VaultRepository(db, { kdfTarget: ARGON2ID_FLOOR });
  const vault = new VaultService(repository, now);
  return { db, repository, vault, accounts: new AccountService(vault, now) };
}

const ACCOUNT = { type: 'totp', issuer: 'Example', label: 'me', secret: 'JBSWY3DPEHPK3PXP', algorithm: 'SHA1', digits: 6, period: 30, counter: 0 } as const;

describe('VaultService', () => {
  beforeEach(() => {
    clock = 1_700_000_000_000;
  });

  it('goes from uninitialized to unlocked to locked', async () => {
    const { vault } = makeServices();
    expect(await vault.status()).toEqual({ state: 'uninitialized' });
    expect(await vault.setup('pw')).toEqual({ state: 'unlocked' });
    expect((await vault.lock()).state).toBe('locked');
    await expect(vault.unlockedRepository()).rejects.toMatchObject({ code: 'locked' });
  });

  it('resumes after a worker restart from the session store until the deadline', async () => {
    const first = makeServices();
    await first.vault.setup('pw');
    await first.accounts.add(ACCOUNT);
    // A new worker: fresh in-memory state over the same database and session storage.
    const restarted = new VaultService(new VaultRepository(first.db, { kdfTarget: ARGON2ID_FLOOR }), now);
    expect((await restarted.status()).state).toBe('unlocked');
    expect(await new AccountService(restarted, now).list()).toHaveLength(1);
    clock += 10 * 60_000;
    expect((await restarted.status()).state).toBe('locked');
  });

  it('pushes the deadline back on activity, and never locks on time when set to browser close only', async () => {
    const { vault } = makeServices();
    await vault.setup('pw');
    clock += 9 * 60_000;
    await vault.recordActivity();
    clock += 9 * 60_000;
    expect((await vault.status()).state).toBe('unlocked');
    await updateSettings({ autoLockMinutes: 0 });
    await vault.recordActivity();
    clock += 1_000 * 60 * 60_000;
    expect((await vault.status()).state).toBe('unlocked');
  });

  it('slows down repeated wrong passwords and then still accepts the right one', async () => {
    const { vault } = makeServices();
    await vault.setup('right');
    await vault.lock();
    for (let i = 0; i < 3; i++) await expect(vault.unlock('wrong')).rejects.toMatchObject({ code: 'wrong-password' });
    const status = await vault.status();
    expect(status.retryAt).toBeGreaterThan(clock);
    await expect(vault.unlock('right')).rejects.toMatchObject({ code: 'slow-down' });
    clock = status.retryAt!;
    expect(await vault.unlock('right')).toEqual({ state: 'unlocked' });
    expect((await vault.status()).retryAt).toBeUndefined();
  });
});

describe('AccountService', () => {
  it('refuses a duplicate and never returns the secret in views', async () => {
    const { vault, accounts } = makeServices();
    await vault.setup('pw');
    const view = await accounts.add(ACCOUNT);
    expect(JSON.stringify(view)).not.toContain(ACCOUNT.secret);
    await expect(accounts.add({ ...ACCOUNT, secret: 'jbsw y3dp ehpk 3pxp' })).rejects.toMatchObject({ code: 'duplicate' });
  });

  it('saves the HOTP counter before handing out the code, and shows the last issued code again', async () => {
    const { vault, accounts, repository } = makeServices();
    await vault.setup('pw');
    // RFC 4226 secret: counter 0 → 755224, 1 → 287082.
    const { id } = await accounts.add({ ...ACCOUNT, type: 'hotp', secret: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ' });
    expect(await accounts.codes([id])).toEqual([]);
    expect((await accounts.nextHotp(id)).code).toBe('755224');
    expect(((await repository.getRecord('accounts', id))?.value as { counter: number }).counter).toBe(1);
    expect((await accounts.codes([id]))[0]?.code).toBe('755224');
    expect((await accounts.nextHotp(id)).code).toBe('287082');
  });

  it('gives time-based codes with their end of validity, and the next code only near the end', async () => {
    const { vault, accounts } = makeServices();
    await vault.setup('pw');
    const { id } = await accounts.add(ACCOUNT);
    clock = 59_006 * 1000; // 4 s before the period boundary at 59 010 s
    const [late] = await accounts.codes([id]);
    expect(late?.validUntil).toBe(59_010_000);
    expect(late?.next).toMatch(/^\d{6}$/);
    clock = 59_011 * 1000;
    const [early] = await accounts.codes([id]);
    expect(early?.next).toBeUndefined();
  });

  it('orders accounts as asked and keeps the order for accounts not named', async () => {
    const { vault, accounts } = makeServices();
    await vault.setup('pw');
    const a = await accounts.add({ ...ACCOUNT, issuer: 'A' });
    const b = await accounts.add({ ...ACCOUNT, issuer: 'B' });
    const c = await accounts.add({ ...ACCOUNT, issuer: 'C' });
    await accounts.reorder([c.id]);
    expect((await accounts.list()).map((x) => x.issuer)).toEqual(['C', 'A', 'B']);
    await accounts.remove([a.id]);
    expect((await accounts.list()).map((x) => x.id)).toEqual([c.id, b.id]);
  });

  it('reveals the secret only with the right password', async () => {
    const { vault, accounts } = makeServices();
    await vault.setup('pw');
    const { id } = await accounts.add(ACCOUNT);
    await expect(accounts.reveal(id, 'nope')).rejects.toMatchObject({ code: 'wrong-password' });
    expect(await accounts.reveal(id, 'pw')).toMatchObject({ secret: ACCOUNT.secret, uri: expect.stringContaining('secret=JBSWY3DPEHPK3PXP') });
  });
});
