import { describe, expect, it } from 'vitest';
import { PENDING_TTL_MS, PendingQrStore } from '../../../entrypoints/background/qr-pending';
import { validateAccount } from '../../../utils/otp/validate';
import type { MigrationImport } from '../../../utils/otp/migration';

const account = (label: string) => validateAccount({ issuer: 'ACME', label, secret: 'JBSWY3DPEHPK3PXP' });
const site = { origin: 'https://acme.example', match: 'origin' as const };
const batchCode = (index: number, labels: string[], id = 7, size = 2): MigrationImport => ({
  accounts: labels.map(account),
  errors: [],
  batch: { id, index, size },
});

describe('PendingQrStore', () => {
  it('keeps the secret in, and lets views out without it', () => {
    const store = new PendingQrStore();
    const id = store.addAccount(account('alice'), site);
    expect(store.get(id)).toMatchObject({ account: { secret: 'JBSWY3DPEHPK3PXP' }, site });
    expect(store.view(id)).toEqual({ ...account('alice'), secret: undefined, pendingId: id });
    expect(JSON.stringify(store.view(id))).not.toContain('JBSWY3DPEHPK3PXP');
  });

  it('gives the same code scanned again the same id', () => {
    const store = new PendingQrStore();
    expect(store.addAccount(account('alice'), site)).toBe(store.addAccount(account('alice'), site));
    expect(store.addAccount(account('alice'), site)).not.toBe(store.addAccount(account('bob'), site));
  });

  it('forgets accounts after a few minutes', () => {
    let now = 0;
    const store = new PendingQrStore(() => now);
    const id = store.addAccount(account('alice'));
    now = PENDING_TTL_MS - 1;
    expect(store.get(id)).toBeDefined();
    now = PENDING_TTL_MS;
    expect(store.get(id)).toBeUndefined();
  });

  it('gathers an export across its codes, once per code, and keys exports by id and size', () => {
    const store = new PendingQrStore();
    store.addMigration(batchCode(0, ['a', 'b']));
    store.addMigration(batchCode(0, ['a', 'b']));
    expect(store.migrations()).toMatchObject([{ key: '7/2', batchId: 7, size: 2, scanned: 1, accounts: [{ label: 'a' }, { label: 'b' }] }]);
    store.addMigration(batchCode(1, ['c']));
    store.addMigration(batchCode(0, ['x'], 7, 4));
    const [first, other] = store.migrations();
    expect(first).toMatchObject({ scanned: 2, accounts: [{ label: 'a' }, { label: 'b' }, { label: 'c' }] });
    expect(other).toMatchObject({ key: '7/4', scanned: 1, accounts: [{ label: 'x' }] });
  });

  it('drops an export once every code was read and every account handled', () => {
    const store = new PendingQrStore();
    store.addMigration(batchCode(0, ['a'], 1, 1));
    store.remove(store.migrations()[0]!.accounts[0]!.pendingId);
    expect(store.migrations()).toEqual([]);
  });

  it('keeps a half-scanned export with no accounts left, waiting for its other codes', () => {
    const store = new PendingQrStore();
    store.addMigration(batchCode(0, ['a']));
    store.remove(store.migrations()[0]!.accounts[0]!.pendingId);
    expect(store.migrations()).toMatchObject([{ scanned: 1, size: 2, accounts: [] }]);
  });
});
