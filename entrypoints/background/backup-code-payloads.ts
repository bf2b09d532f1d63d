/** Shape checks for the backup-code messages' payloads, and for what the page scan returns. */
import { isValidCode, parseSource } from '@/utils/backup-codes/validate';
import { MAX_BACKUP_CODES } from '@/utils/backup-codes/parse';
import type { BackupCodeSource } from '@/utils/backup-codes/model';
import type { BackupCodeBlock } from '@/utils/detect/backup-code-page';
import { badRequest, expectRecord, expectString } from './payload';

const MAX_HEADING_CHARACTERS = 200;

function isCodeList(codes: unknown): codes is string[] {
  return Array.isArray(codes) && codes.length > 0 && codes.length <= MAX_BACKUP_CODES && codes.every(isValidCode);
}

export function parseBackupCodeSave(payload: unknown): { accountId: string; codes: string[]; source: BackupCodeSource } {
  const record = expectRecord(payload, 'backup codes');
  if (!isCodeList(record.codes)) throw badRequest('codes');
  const source = parseSource(record.source);
  if (!source) throw badRequest('source');
  return { accountId: expectString(record.accountId, 'account', 64), codes: record.codes, source };
}

export function parseBackupCodeAccount(payload: unknown): { accountId: string } {
  return { accountId: expectString(expectRecord(payload, 'backup codes').accountId, 'account', 64) };
}

export function parseBackupCodeReveal(payload: unknown): { accountId: string; password: string } {
  const record = expectRecord(payload, 'backup codes');
  return { accountId: expectString(record.accountId, 'account', 64), password: expectString(record.password, 'password', 1024) };
}

/** The page scan's result comes from a web page's document: anything but a plausible block counts as none. */
export function parseFoundBlock(value: unknown): BackupCodeBlock | null {
  if (typeof value !== 'object' || value === null) return null;
  const { codes, heading } = value as Record<string, unknown>;
  if (!isCodeList(codes) || typeof heading !== 'string') return null;
  return { codes: [...new Set(codes)], heading: heading.slice(0, MAX_HEADING_CHARACTERS) };
}
