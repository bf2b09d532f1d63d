/**
 * Hostile Twofold backups, like the other formats' property tests: random
 * values in the payload and mutated real exports import validly or fail with
 * an ImportError, never touching Object.prototype; valid random accounts come
 * back exactly.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toTwofoldExport } from '../../../utils/exporters/twofold-format';
import { parseImport } from '../../../utils/importers';
import { ImportError } from '../../../utils/importers/errors';
import { sealFile } from '../../../utils/vault/file-envelope';
import { ARGON2ID_FLOOR } from '../../../utils/vault/kdf-params';
import { otpFields, SAMPLE_ACCOUNTS, storedAccountArbitrary } from '../exporters/sample-accounts';

const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();
const EXPORTED_AT = new Date('2025-01-01T00:00:00Z');

async function importSafely(data: string, password?: string): Promise<void> {
  try {
    const result = await parseImport({ data }, password === undefined ? {} : { password });
    for (const account of result.accounts) {
      expect(account.secret).toMatch(/^[A-Z2-7]+$/);
      expect(['totp', 'hotp', 'steam']).toContain(account.type);
      for (const site of account.sites ?? []) expect(site.origin).toMatch(/^https?:\/\//);
    }
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
  }
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_KEYS);
}

const mutation = fc.record({ at: fc.nat(), cut: fc.boolean(), text: fc.constantFrom('"__proto__"', '{', '}', ']', '"', ',', 'null', '1e309', '"version":2,') });

function mutate(text: string, { at, cut, text: inserted }: { at: number; cut: boolean; text: string }): string {
  const position = at % (text.length + 1);
  return cut ? text.slice(0, position) : text.slice(0, position) + inserted + text.slice(position);
}

describe('hostile Twofold backups', () => {
  it('random values in every field of the payload import validly or fail with ImportError', async () => {
    const keys = ['format', 'version', 'accounts', 'backupCodeSets', 'type', 'secret', 'sites', 'icon', 'pinned', 'note', 'digits'];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...keys), fc.jsonValue({ maxDepth: 3 }), async (key, value) => {
        const base = JSON.parse(JSON.stringify(toTwofoldExport(SAMPLE_ACCOUNTS, [], EXPORTED_AT))) as Record<string, unknown> & { accounts: Record<string, unknown>[] };
        if (key in base) base[key] = value;
        else base.accounts[0]![key] = value;
        await importSafely(JSON.stringify(base));
      }),
      { numRuns: 300 },
    );
  });

  it('mutated plain exports import validly or fail with ImportError', async () => {
    const text = JSON.stringify(toTwofoldExport(SAMPLE_ACCOUNTS, [], EXPORTED_AT));
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
        await importSafely(mutations.reduce(mutate, text));
      }),
      { numRuns: 300 },
    );
  });

  it('mutated encrypted backups fail with ImportError or open intact', async () => {
    const text = await sealFile('pw', toTwofoldExport(SAMPLE_ACCOUNTS, [], EXPORTED_AT), ARGON2ID_FLOOR);
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 2 }), async (mutations) => {
        await importSafely(mutations.reduce(mutate, text), 'pw');
      }),
      { numRuns: 25 },
    );
  });

  it('random valid accounts come back exactly', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(storedAccountArbitrary, { maxLength: 20 }), async (accounts) => {
        const result = await parseImport({ data: JSON.stringify(toTwofoldExport(accounts, [], EXPORTED_AT)) });
        expect(result.errors).toEqual([]);
        expect(result.accounts.map(otpFields)).toEqual(accounts.map(otpFields));
        expect(result.accounts.map((account) => account.note ?? '')).toEqual(accounts.map((account) => account.note));
      }),
      { numRuns: 100 },
    );
  });
});
