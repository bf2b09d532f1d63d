import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getMessageFrom, loadCatalog } from '@/utils/i18n/node-catalog';
import type { BackupCodeSet } from '@/utils/backup-codes/model';
import { parseBackupCodes } from '@/utils/backup-codes/parse';
import { backupCodesFileName, backupCodesText } from '@/utils/backup-codes/text-file';

const SET: BackupCodeSet = {
  id: 's',
  accountId: 'a',
  savedAt: Date.UTC(2025, 0, 15, 10),
  source: { kind: 'paste' },
  codes: ['4821 0937', '1174 5530', '9902 6618', '3055 7241'].map((code, i) => ({ code, usedAt: i === 1 ? 5 : null })),
};

describe('a backup-code set as a text file', () => {
  it('names the account and lists the unused codes as the site showed them', () => {
    expect(backupCodesText(SET, 'Demo Bank · demo@example.test')).toBe(
      'Backup codes for Demo Bank · demo@example.test\nEach code works once. Saved in Twofold on 15 January 2025.\n\n4821 0937\n9902 6618\n3055 7241\n',
    );
  });

  it('reads back as the same unused codes', () => {
    expect(parseBackupCodes(backupCodesText(SET, 'GitHub · octocat'))).toEqual(['4821 0937', '9902 6618', '3055 7241']);
  });

  it('is written in the browser’s language, and a German file reads back too', async () => {
    fakeBrowser.i18n.getMessage = getMessageFrom(await loadCatalog('de')) as typeof fakeBrowser.i18n.getMessage;
    const text = backupCodesText(SET, 'GitHub · octocat');
    expect(text.split('\n').slice(0, 2)).toEqual(['Sicherungscodes für GitHub · octocat', 'Jeder Code funktioniert einmal. In Twofold gespeichert am 15. Januar 2025.']);
    expect(parseBackupCodes(text)).toEqual(['4821 0937', '9902 6618', '3055 7241']);
  });

  it('gets a file name safe on any file system', () => {
    expect(backupCodesFileName('Demo Bank · demo@example.test')).toBe('backup-codes-demo-bank-demo-example-test.txt');
    expect(backupCodesFileName('../..\\:*')).toBe('backup-codes.txt');
    expect(backupCodesFileName('Ärzte Bank')).toBe('backup-codes-ärzte-bank.txt');
  });
});
