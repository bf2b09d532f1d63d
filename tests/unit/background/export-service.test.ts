/**
 * Export in the worker: only with the password proven again (a wrong one gets
 * nothing), an encrypted file opens with its own password, and backup-code
 * sets travel with the accounts.
 */
import { describe, expect, it } from 'vitest';
import type { ExportResult } from '@/utils/import-export';
import { parseImport } from '@/utils/importers';
import { openFile } from '@/utils/vault/file-envelope';
import { unlockedServices, VAULT_PASSWORD } from './transfer-services';

const ACCOUNT = { type: 'totp', issuer: 'Example', label: 'alice', secret: 'JBSWY3DPEHPK3PXP', algorithm: 'SHA1', digits: 6, period: 30, counter: 0 } as const;

function fileText(result: ExportResult): string {
  if (result.kind !== 'file') throw new Error('expected a file');
  return result.text;
}

describe('ExportService', () => {
  it('gives nothing for a wrong password, even while unlocked', async () => {
    const { exports, accounts } = await unlockedServices();
    await accounts.add(ACCOUNT);
    await expect(exports.create({ format: 'otpauth-list', password: 'guess' })).rejects.toMatchObject({ code: 'wrong-password' });
  });

  it('needs an unlocked vault', async () => {
    const { exports, accounts, vault } = await unlockedServices();
    await accounts.add(ACCOUNT);
    await vault.lock();
    await expect(exports.create({ format: 'otpauth-list', password: VAULT_PASSWORD })).rejects.toMatchObject({ code: 'locked' });
  });

  it('says when there is nothing to export', async () => {
    const { exports } = await unlockedServices();
    await expect(exports.create({ format: 'twofold-plain', password: VAULT_PASSWORD })).rejects.toMatchObject({ code: 'nothing-to-export' });
  });

  it('seals the encrypted backup with the vault password by default, or with the file password given', async () => {
    const { exports, accounts } = await unlockedServices();
    await accounts.add(ACCOUNT);
    const same = fileText(await exports.create({ format: 'twofold-encrypted', password: VAULT_PASSWORD }));
    expect(await openFile(VAULT_PASSWORD, same)).toMatchObject({ format: 'twofold-export', accounts: [{ secret: ACCOUNT.secret }] });
    const other = fileText(await exports.create({ format: 'twofold-encrypted', password: VAULT_PASSWORD, filePassword: 'for the safe' }));
    await expect(openFile(VAULT_PASSWORD, other)).rejects.toMatchObject({ code: 'wrong-password' });
    expect((await parseImport({ data: other }, { password: 'for the safe' })).accounts).toMatchObject([{ issuer: 'Example' }]);
  });

  it('puts the backup-code sets into a Twofold backup unchanged', async () => {
    const { exports, accounts, repository } = await unlockedServices();
    const { id } = await accounts.add(ACCOUNT);
    const set = { id: 'set-1', accountId: id, savedAt: 1, source: { kind: 'paste' }, codes: [{ code: '1234-5678', usedAt: null }] };
    await repository.putRecord('backupCodeSets', set.id, set);
    const text = fileText(await exports.create({ format: 'twofold-plain', password: VAULT_PASSWORD }));
    expect(JSON.parse(text)).toMatchObject({ accounts: [{ id }], backupCodeSets: [set] });
  });

  it('writes accounts in the user’s order', async () => {
    const { exports, accounts } = await unlockedServices();
    const a = await accounts.add(ACCOUNT);
    const b = await accounts.add({ ...ACCOUNT, issuer: 'Second' });
    await accounts.reorder([b.id, a.id]);
    const text = fileText(await exports.create({ format: 'otpauth-list', password: VAULT_PASSWORD }));
    expect(text.split('\n')[0]).toContain('Second');
  });
});
