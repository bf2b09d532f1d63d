/**
 * Every export format reads back through parseImport as the same accounts:
 * what Twofold writes, Twofold (and so the apps it imitates) can read.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StoredAccount } from '../../../utils/accounts/model';
import { buildExport } from '../../../utils/exporters';
import type { ExportFormatId, ExportResult } from '../../../utils/import-export';
import { parseImport } from '../../../utils/importers';
import type { ImportedAccount } from '../../../utils/importers';
import { assertMigrationCompatible } from '../../../utils/otp/migration';
import { ARGON2ID_FLOOR } from '../../../utils/vault/kdf-params';
import { otpFields, SAMPLE_ACCOUNTS, storedAccountArbitrary, TINY_PNG } from './sample-accounts';

const FILE_PASSWORD = 'file password';
const NOW = new Date('2025-03-01T12:00:00Z');

function exportAs(format: ExportFormatId, accounts: StoredAccount[]): Promise<ExportResult> {
  return buildExport(format, { accounts, backupCodeSets: [], filePassword: FILE_PASSWORD, now: NOW, kdfCost: ARGON2ID_FLOOR });
}

function fitsGoogleAuthenticator(account: StoredAccount): boolean {
  try {
    assertMigrationCompatible(account);
    return true;
  } catch {
    return false;
  }
}

/** What the user would import: the file, or the links of the QR codes scanned one after another. */
async function importBack(result: ExportResult, password?: string): Promise<ImportedAccount[]> {
  const data = result.kind === 'file' ? result.text : result.links.join('\n');
  const imported = await parseImport({ data }, password === undefined ? {} : { password });
  expect(imported.errors).toEqual([]);
  return imported.accounts;
}

/** Aegis keeps notes and icons; Twofold keeps everything that is not specific to this install. */
function aegisFields(account: ImportedAccount | StoredAccount) {
  const icon = 'kind' in (account.icon ?? {}) ? (account as StoredAccount).icon : account.icon;
  const data = icon && 'kind' in icon ? (icon.kind === 'image' ? icon.dataUrl.split(',')[1] : undefined) : icon?.data;
  return { ...otpFields(account), note: account.note || undefined, icon: data };
}

function twofoldFields(account: ImportedAccount | StoredAccount) {
  return { ...aegisFields(account), pinned: account.pinned ?? false, sites: account.sites ?? [] };
}

describe('export → import round trip', () => {
  it('Twofold encrypted: the same accounts, notes, icons, sites and pins, with the file password only', async () => {
    const result = await exportAs('twofold-encrypted', SAMPLE_ACCOUNTS);
    expect(result).toMatchObject({ kind: 'file', fileName: 'twofold-backup-2025-03-01.json', count: SAMPLE_ACCOUNTS.length });
    if (result.kind !== 'file') throw new Error('not a file');
    expect(result.text).not.toMatch(/JBSWY3DP|Example Bank/);
    await expect(parseImport({ data: result.text })).rejects.toMatchObject({ code: 'needs-password' });
    await expect(parseImport({ data: result.text }, { password: 'other' })).rejects.toMatchObject({ code: 'wrong-password' });
    expect((await importBack(result, FILE_PASSWORD)).map(twofoldFields)).toEqual(SAMPLE_ACCOUNTS.map(twofoldFields));
  });

  it('Twofold plain JSON: the same accounts, notes, icons, sites and pins', async () => {
    const result = await exportAs('twofold-plain', SAMPLE_ACCOUNTS);
    expect(result).toMatchObject({ kind: 'file', fileName: 'twofold-backup-2025-03-01-UNENCRYPTED.json' });
    expect((await importBack(result)).map(twofoldFields)).toEqual(SAMPLE_ACCOUNTS.map(twofoldFields));
  });

  it('Aegis plain JSON (version 1, database version 3): the same accounts, notes and icons', async () => {
    const result = await exportAs('aegis-plain', SAMPLE_ACCOUNTS);
    if (result.kind !== 'file') throw new Error('not a file');
    const vault = JSON.parse(result.text) as { version: number; header: unknown; db: { version: number; entries: { icon: string | null }[] } };
    expect(vault).toMatchObject({ version: 1, header: { slots: null, params: null }, db: { version: 3 } });
    expect(vault.db.entries[3]?.icon).toBe(TINY_PNG);
    expect((await parseImport({ data: result.text })).format).toBe('aegis');
    expect((await importBack(result)).map(aegisFields)).toEqual(SAMPLE_ACCOUNTS.map(aegisFields));
  });

  it('otpauth:// list: the same OTP parameters and names', async () => {
    const result = await exportAs('otpauth-list', SAMPLE_ACCOUNTS);
    expect((await importBack(result)).map(otpFields)).toEqual(SAMPLE_ACCOUNTS.map(otpFields));
  });

  it('Google Authenticator QR links: the accounts it can hold, and the others named with the reason', async () => {
    const result = await exportAs('google-qr', SAMPLE_ACCOUNTS);
    if (result.kind !== 'qr') throw new Error('not QR');
    const compatible = SAMPLE_ACCOUNTS.filter((account) => account.type !== 'steam' && account.period === 30);
    expect(result.omitted.map(({ issuer, label }) => `${issuer}/${label}`)).toEqual(['/a:b', 'Steam/gamer']);
    expect(result.omitted[1]?.reason).toMatch(/Steam/);
    expect(result.count).toBe(compatible.length);
    expect((await importBack(result)).map(otpFields)).toEqual(compatible.map(otpFields));
  });

  it.each<ExportFormatId>(['twofold-plain', 'aegis-plain', 'otpauth-list', 'google-qr'])('%s: random accounts come back the same', async (format) => {
    await fc.assert(
      fc.asyncProperty(fc.array(storedAccountArbitrary, { minLength: 1, maxLength: 25 }), async (accounts) => {
        const result = await exportAs(format, accounts);
        const expected = result.kind === 'qr' ? accounts.filter(fitsGoogleAuthenticator) : accounts;
        if (expected.length === 0) {
          expect(result).toMatchObject({ links: [], count: 0 });
          return;
        }
        const fields = format === 'otpauth-list' || format === 'google-qr' ? otpFields : format === 'aegis-plain' ? aegisFields : twofoldFields;
        expect((await importBack(result)).map(fields)).toEqual(expected.map(fields));
      }),
      { numRuns: 60 },
    );
  });
});
