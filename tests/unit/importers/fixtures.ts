/**
 * Reading the shared import fixtures and their EXPECTED.json, and turning an
 * expected entry into what Twofold should make of it (our policy on top of
 * the fixture author's neutral description).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ImportedAccount } from '../../../utils/importers/types';

export const FIXTURE_ROOT = path.resolve(process.cwd(), '../shared/fixtures/imports');

export interface ExpectedEntry {
  file: string;
  type?: string;
  issuer?: string;
  name?: string;
  secret?: string;
  algorithm?: string;
  digits?: number;
  period?: number;
  counter?: number;
  notes?: string;
  password?: string;
  fixture_comment?: string;
  expect?: 'error' | 'skip' | 'unverified';
  reason?: string;
}

export function fixtureFolders(): string[] {
  return readdirSync(FIXTURE_ROOT).filter((name) => statSync(path.join(FIXTURE_ROOT, name)).isDirectory()).sort();
}

export function expectedEntries(folder: string): ExpectedEntry[] {
  return JSON.parse(readFileSync(path.join(FIXTURE_ROOT, folder, 'EXPECTED.json'), 'utf8')) as ExpectedEntry[];
}

/** Fixture files of a folder, as `<source>/<name>` paths in EXPECTED.json's order. */
export function fixtureFiles(folder: string): string[] {
  return [...new Set(expectedEntries(folder).map((entry) => entry.file))];
}

export function readFixture(folder: string, file: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(FIXTURE_ROOT, folder, file)));
}

/** The fields an import is compared on: period for time-based codes, counter for HOTP. */
export type ComparableAccount = Pick<ImportedAccount, 'type' | 'issuer' | 'label' | 'secret' | 'algorithm' | 'digits' | 'note'> & {
  period?: number;
  counter?: number;
};

export function comparable(account: ImportedAccount): ComparableAccount {
  const { type, issuer, label, secret, algorithm, digits, note } = account;
  const timing = type === 'hotp' ? { counter: account.counter } : { period: account.period };
  return { type, issuer, label, secret, algorithm, digits, ...timing, ...(note === undefined ? {} : { note }) };
}

export type Outcome = { kind: 'account'; account: ComparableAccount } | { kind: 'rejected'; why: string };

/**
 * Our policy, applied to one expected entry:
 * - mOTP and Yandex are not supported: rejected. Battle.net (Authenticator
 *   extension) is plain TOTP with 8 digits, so it imports as that.
 * - Algorithms other than SHA1/SHA256/SHA512 (SHA384 in a 2FAS file): rejected.
 * - Secrets no whole key can have (characters outside A-Z2-7, or a length
 *   that cannot end on a byte) are rejected; secrets whose only flaw is
 *   stray low bits in the last character are kept (utils/otp/base32.ts).
 * - Code lengths outside 5..10 and periods outside 1..300 s: rejected.
 * - Names and notes are trimmed (EXPECTED keeps e.g. "Code 2 " as written).
 */
export function outcomeOf(entry: ExpectedEntry): Outcome {
  const type = entry.type === 'battle' ? 'totp' : entry.type;
  if (type !== 'totp' && type !== 'hotp' && type !== 'steam') return { kind: 'rejected', why: `unsupported type ${entry.type}` };
  if (!['SHA1', 'SHA256', 'SHA512'].includes(entry.algorithm ?? '')) return { kind: 'rejected', why: 'unsupported algorithm' };
  const secret = entry.secret ?? '';
  if (!/^[A-Z2-7]+$/.test(secret) || [1, 3, 6].includes(secret.length % 8)) return { kind: 'rejected', why: 'not a base32 key' };
  const digits = type === 'steam' ? 5 : entry.type === 'battle' ? 8 : (entry.digits ?? 6);
  if (digits < 5 || digits > 10) return { kind: 'rejected', why: 'bad digits' };
  const period = entry.period ?? 30;
  if (type !== 'hotp' && (period < 1 || period > 300)) return { kind: 'rejected', why: 'bad period' };
  const account: ComparableAccount = {
    type,
    issuer: (entry.issuer ?? '').trim(),
    label: (entry.name ?? '').trim(),
    secret,
    algorithm: entry.algorithm as ComparableAccount['algorithm'],
    digits,
    ...(type === 'hotp' ? { counter: entry.counter ?? 0 } : { period }),
    ...(entry.notes ? { note: entry.notes.trim() } : {}),
  };
  return { kind: 'account', account };
}
