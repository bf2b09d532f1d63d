import { describe, expect, it } from 'vitest';
import { isCodeCurrent, staleCodeIds } from '@/components/account-list/stale-codes';
import { accountView } from './account-fixtures';

const NOW = 1_700_000_010_000;

describe('which rows need codes from the worker', () => {
  const totp = accountView({ id: 'totp' });
  const hotpUsed = accountView({ id: 'hotp-used', type: 'hotp', counter: 3 });
  const hotpNew = accountView({ id: 'hotp-new', type: 'hotp', counter: 0 });

  it('asks for missing and expired codes', () => {
    expect(staleCodeIds([totp], new Map(), NOW)).toEqual(['totp']);
    expect(staleCodeIds([totp], new Map([['totp', { id: 'totp', code: '1', validUntil: NOW }]]), NOW)).toEqual(['totp']);
  });

  it('does not ask while a code is current, until the next code is due', () => {
    const code = { id: 'totp', code: '1', validUntil: NOW + 6_000 };
    expect(staleCodeIds([totp], new Map([['totp', code]]), NOW)).toEqual([]);
    expect(staleCodeIds([totp], new Map([['totp', code]]), NOW + 1_000)).toEqual(['totp']);
    expect(staleCodeIds([totp], new Map([['totp', { ...code, next: '2' }]]), NOW + 1_000)).toEqual([]);
  });

  it('asks for an HOTP code only when one was issued before', () => {
    expect(staleCodeIds([hotpUsed, hotpNew], new Map(), NOW)).toEqual(['hotp-used']);
    expect(staleCodeIds([hotpUsed], new Map([['hotp-used', { id: 'hotp-used', code: '9' }]]), NOW)).toEqual([]);
  });

  it('treats a code without an end (HOTP) as current', () => {
    expect(isCodeCurrent({ id: 'h', code: '9' }, NOW)).toBe(true);
    expect(isCodeCurrent(undefined, NOW)).toBe(false);
  });
});
