/**
 * A set as plain text, for the .txt download, the clipboard and print: a heading
 * that names the account, then the unused codes one per line, as the site showed
 * them. Used codes are left out, so the file read back (parse.ts) is a set that works.
 */
import { t } from '@/utils/i18n/translate';
import type { BackupCodeSet } from './model';

export function unusedCodes(set: BackupCodeSet): string[] {
  return set.codes.filter(({ usedAt }) => usedAt === null).map(({ code }) => code);
}

export function backupCodesText(set: BackupCodeSet, accountName: string): string {
  // "15 January 2025", "15. Januar 2025": a date written with digits only would read as one more code.
  const date = new Intl.DateTimeFormat(t('files.backupCodes.dateLocale'), { dateStyle: 'long', timeZone: 'UTC' }).format(set.savedAt);
  return [
    t('files.backupCodes.heading', { name: accountName }),
    t('files.backupCodes.savedOn', { date }),
    '',
    ...unusedCodes(set),
    '',
  ].join('\n');
}

/** "backup-codes-demo-bank.txt": letters and digits of the account's name, nothing a file system could trip on. */
export function backupCodesFileName(accountName: string): string {
  const slug = accountName
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `backup-codes${slug ? `-${slug}` : ''}.txt`;
}
