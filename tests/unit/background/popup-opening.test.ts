import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { indexedDB, IDBKeyRange } from 'fake-indexeddb';
import { VaultDatabase } from '@/utils/vault/db';
import { VaultRepository } from '@/utils/vault/repository';
import { ARGON2ID_FLOOR } from '@/utils/vault/kdf-params';
import { sortPreference } from '@/utils/accounts/sort-preference';
import { VaultService } from '@/entrypoints/background/vault-service';
import { AccountService } from '@/entrypoints/background/account-service';
import { parseFirstRows, popupOpening } from '@/entrypoints/background/popup-opening';

let clock = 1_700_000_000_000;
const now = () => clock;

async function vaultWith(issuers: string[]) {
  const db = new VaultDatabase({ name: `popup-opening-${Math.random()}`, indexedDB, IDBKeyRange });
  const vault = new VaultService(new VaultRepository(db, { kdfTarget: ARGON2ID_FLOOR }), now);
  const accounts = new AccountService(vault, now);
  await vault.setup('pw');
  for (const [index, issuer] of issuers.entries()) {
    await accounts.add({ type: 'totp', issuer, label: 'me', secret: `JBSWY3DPEHPK3PX${'ABCDEFGH'[index]}`, algorithm: 'SHA1', digits: 6, period: 30, counter: 0 });
  }
  return { vault, accounts };
}

describe('popup.open', () => {
  it('brings the status, every account view and the codes of the first rows, in the popup’s order', async () => {
    const { vault, accounts } = await vaultWith(['Delta', 'alpha', 'Charlie', 'bravo']);
    const [delta, alpha] = await accounts.list();
    await accounts.update({ id: alpha!.id, pinned: true });

    const opening = await popupOpening(vault, accounts, 2);
    expect(opening.status).toEqual({ state: 'unlocked' });
    expect(opening.list?.sort).toBe('manual');
    expect(opening.list?.accounts.map((account) => account.issuer)).toEqual(['Delta', 'alpha', 'Charlie', 'bravo']);
    expect(opening.list?.accounts.every((account) => !('secret' in account))).toBe(true);
    expect(opening.list?.codes).toEqual(await accounts.codes([alpha!.id, delta!.id]));
  });

  it('follows the saved sort', async () => {
    const { vault, accounts } = await vaultWith(['Delta', 'alpha', 'Charlie', 'bravo']);
    await sortPreference.setValue('name');
    const opening = await popupOpening(vault, accounts, 3);
    const issuerOf = new Map(opening.list!.accounts.map((account) => [account.id, account.issuer]));
    expect(opening.list?.sort).toBe('name');
    expect(opening.list?.codes.map((code) => issuerOf.get(code.id))).toEqual(['alpha', 'bravo', 'Charlie']);
  });

  it('brings no list while locked, nor once the lock deadline has passed, nor before setup', async () => {
    const { vault, accounts } = await vaultWith(['Delta']);
    clock += 60 * 60_000;
    expect(await popupOpening(vault, accounts, 10)).toEqual({ status: { state: 'locked' }, list: null });
    await vault.unlock('pw');
    await vault.lock();
    expect(await popupOpening(vault, accounts, 10)).toEqual({ status: { state: 'locked' }, list: null });
    const fresh = new VaultService(new VaultRepository(new VaultDatabase({ name: `popup-opening-${Math.random()}`, indexedDB, IDBKeyRange })));
    expect(await popupOpening(fresh, new AccountService(fresh), 10)).toEqual({ status: { state: 'uninitialized' }, list: null });
  });

  it('takes a small row count only', () => {
    expect(parseFirstRows({ rows: 14 })).toEqual({ rows: 14 });
    for (const payload of [undefined, {}, { rows: -1 }, { rows: 1.5 }, { rows: '14' }, { rows: 101 }]) {
      expect(() => parseFirstRows(payload)).toThrow(expect.objectContaining({ code: 'bad-request' }));
    }
  });
});
