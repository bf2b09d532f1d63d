import { describe, expect, it } from 'vitest';
import { arrangeAccounts, matchesQuery, moveRow } from '@/utils/accounts/arrange';
import { accountView } from '../popup/account-fixtures';

const ids = (rows: { id: string }[]) => rows.map((row) => row.id);

describe('arranging the account list', () => {
  const accounts = [
    accountView({ id: 'z', issuer: 'Zürich Bank', label: 'anna' }),
    accountView({ id: 'a', issuer: 'acme', label: 'bob' }),
    accountView({ id: 'p', issuer: 'Plumbus', label: 'carol', pinned: true }),
    accountView({ id: 'b', issuer: '', label: 'Bare label' }),
  ];

  it('finds accounts by issuer or label, ignoring case and accents', () => {
    expect(matchesQuery(accounts[0]!, 'zurich')).toBe(true);
    expect(matchesQuery(accounts[0]!, 'ANNA')).toBe(true);
    expect(matchesQuery(accounts[0]!, 'bob')).toBe(false);
    expect(matchesQuery(accounts[0]!, '   ')).toBe(true);
  });

  it('puts pinned accounts first, then keeps the user’s order', () => {
    expect(ids(arrangeAccounts(accounts, { query: '', sort: 'manual' }))).toEqual(['p', 'z', 'a', 'b']);
  });

  it('sorts by name (issuer, else label) when asked, pinned still first', () => {
    expect(ids(arrangeAccounts(accounts, { query: '', sort: 'name' }))).toEqual(['p', 'a', 'b', 'z']);
  });

  it('filters before arranging and leaves the input alone', () => {
    const before = ids(accounts);
    expect(ids(arrangeAccounts(accounts, { query: 'e', sort: 'name' }))).toEqual(['a', 'b']);
    expect(ids(accounts)).toEqual(before);
  });

  it('moves a row within its group and says when nothing moves', () => {
    const rows = arrangeAccounts(accounts, { query: '', sort: 'manual' });
    expect(moveRow(rows, 'b', 1)).toEqual(['p', 'b', 'z', 'a']);
    // An unpinned row cannot jump above a pinned one, nor a pinned one below the unpinned.
    expect(moveRow(rows, 'z', 0)).toBeNull();
    expect(moveRow(rows, 'p', 3)).toBeNull();
    expect(moveRow(rows, 'a', 99)).toEqual(['p', 'z', 'b', 'a']);
    expect(moveRow(rows, 'missing', 0)).toBeNull();
  });
});
