/**
 * Hostile input: random and mutated files (real fixture bytes, corrupted)
 * either import to valid accounts or fail with an ImportError, and never
 * touch Object.prototype.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseImport } from '../../../utils/importers';
import type { ImportResult } from '../../../utils/importers';
import { ImportError } from '../../../utils/importers/errors';
import { readFixture } from './fixtures';

// One or two files per format, plain and encrypted (imported without a password: no KDF per run).
const SAMPLES: [folder: string, file: string][] = [
  ['otpauth_uri_list', 'Aegis/plain.txt'],
  ['ente', 'proton-pass-common/plain_with_hotp.txt'],
  ['google_authenticator', 'extract_otp_secrets/example_export.txt'],
  ['aegis', 'Aegis/aegis_plain.json'],
  ['aegis', 'Aegis/aegis_encrypted.json'],
  ['2fas', 'Aegis/2fas_authenticator_plain_v4.2fas'],
  ['2fas', 'authenticator-ios/TwoFasExport.2fas'],
  ['bitwarden', 'Stratum/bitwarden.unencrypted.json'],
  ['bitwarden', 'proton-pass-common/bitwarden.csv'],
  ['andotp', 'Stratum/andotp.unencrypted.json'],
  ['proton_authenticator', 'Stratum/protonauthenticator.json'],
  ['freeotp_plus', 'Aegis/freeotp_plus.json'],
  ['lastpass', 'Stratum/lastpass.json'],
  ['authenticator_extension', 'Authenticator-Extension/testcase_mess_index.json'],
  ['stratum', 'Stratum/backup.unencrypted.authpro'],
  ['stratum', 'Stratum/backup.html'],
  ['stratum', 'Aegis/stratum_encrypted_legacy.bin'],
  ['authman', 'project-synthetic/authman-export.json'],
  ['steam', 'Aegis/steam.json'],
];
const SAMPLE_BYTES = SAMPLES.map(([folder, file]) => readFixture(folder, file));

// Snippets that tend to break parsers: structure, hostile keys, odd numbers, escapes.
const TOKENS = ['"__proto__"', '"constructor"', '{', '}', '[', ']', '"', ',', ':', 'null', '-1', '1e309', '0.5', '\\u0000', '%', '%%', '\n', 'otpauth://', '=', '&'];

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), token: fc.constantFrom(...TOKENS) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 16 }) }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(bytes: Uint8Array, mutations: Mutation[]): Uint8Array {
  let out = Uint8Array.from(bytes);
  for (const change of mutations) {
    const at = out.length === 0 ? 0 : change.at % out.length;
    if (change.kind === 'flip' && out.length > 0) out[at] = change.byte;
    if (change.kind === 'cut') out = out.slice(0, at);
    if (change.kind === 'delete') out = Uint8Array.from([...out.slice(0, at), ...out.slice(at + change.length)]);
    if (change.kind === 'insert') out = Uint8Array.from([...out.slice(0, at), ...new TextEncoder().encode(change.token), ...out.slice(at)]);
  }
  return out;
}

const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

function expectValidAccounts(result: ImportResult): void {
  for (const account of result.accounts) {
    expect(['totp', 'hotp', 'steam']).toContain(account.type);
    expect(['SHA1', 'SHA256', 'SHA512']).toContain(account.algorithm);
    expect(account.secret).toMatch(/^[A-Z2-7]+$/);
    expect(account.issuer.length).toBeLessThanOrEqual(256);
    expect(account.label.length).toBeLessThanOrEqual(256);
    expect(`${account.issuer}${account.label}${account.note ?? ''}`).not.toMatch(/[\u0000-\u001f\u202e]/);
    expect(Number.isInteger(account.digits) && account.digits >= 5 && account.digits <= 10).toBe(true);
    expect(Number.isInteger(account.period) && account.period >= 1 && account.period <= 300).toBe(true);
    expect(Number.isSafeInteger(account.counter) && account.counter >= 0).toBe(true);
  }
  for (const error of result.errors) expect(typeof error.message).toBe('string');
}

/** Imports, and checks the only two acceptable outcomes. */
async function importSafely(data: string | Uint8Array, password?: string): Promise<void> {
  let outcome: ImportResult | undefined;
  try {
    outcome = await parseImport({ data }, password === undefined ? {} : { password });
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
  }
  if (outcome) expectValidAccounts(outcome);
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_KEYS);
}

describe('hostile import files', () => {
  it('mutated real exports import validly or fail with ImportError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: SAMPLES.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }), async (sample, mutations) => {
        await importSafely(mutate(SAMPLE_BYTES[sample]!, mutations));
      }),
      { numRuns: 400 },
    );
  });

  it('random bytes and text import validly or fail with ImportError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 512 }), fc.string({ unit: 'binary', maxLength: 512 })), (data) => importSafely(data)),
      { numRuns: 300 },
    );
  });

  it('random values inside each known envelope import validly or fail with ImportError', async () => {
    const envelopes: ((value: unknown) => unknown)[] = [
      (db) => ({ version: 1, header: { slots: null, params: null }, db }),
      (entries) => ({ version: 1, header: { slots: null, params: null }, db: { version: 3, entries } }),
      (services) => ({ schemaVersion: 4, services }),
      (items) => ({ encrypted: false, items }),
      (entries) => ({ version: 1, entries }),
      (accounts) => ({ localDeviceId: 'x', accounts }),
      (tokens) => ({ tokens, tokenOrder: [] }),
      (Authenticators) => ({ Authenticators }),
      (accounts) => ({ app: 'Authman', accounts }),
      (entry) => ({ key: entry, other: { secret: 'JBSWY3DPEHPK3PXP' } }),
      (entries) => ({ accounts: { id: entries } }),
      (entries) => [entries, { secret: 'A', type: 'TOTP' }],
    ];
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: envelopes.length - 1 }), fc.jsonValue({ maxDepth: 4 }), async (envelope, value) => {
        await importSafely(JSON.stringify(envelopes[envelope]!(value)));
      }),
      { numRuns: 400 },
    );
  });

  it('corrupted encrypted backups fail with ImportError even with a password', async () => {
    // 2FAS: the cheapest KDF among the encrypted samples (10,000 PBKDF2 rounds).
    const encrypted = readFixture('2fas', 'Aegis/2fas_authenticator_encrypted_v4.2fas');
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
        await importSafely(mutate(encrypted, mutations), 'test');
      }),
      { numRuns: 60 },
    );
  });
});
