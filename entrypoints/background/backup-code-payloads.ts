/** Shape checks for the backup-code messages' payloads. */
import { isValidCode, parseSource } from '@/utils/backup-codes/validate';
import { MAX_BACKUP_CODES } from '@/utils/backup-codes/parse';
import type { BackupCodeSource } from '@/utils/backup-codes/model';
import { badRequest, expectRecord, expectString } from './payload';

export function parseBackupCodeSave(payload: unknown): { accountId: string; codes: string[]; source: BackupCodeSource } {
  const record = expectRecord(payload, 'backup codes');
  const { codes } = record;
  if (!Array.isArray(codes) || codes.length === 0 || codes.length > MAX_BACKUP_CODES || !codes.every(isValidCode)) {
    throw badRequest('codes');
  }
  const source = parseSource(record.source);
  if (!source) throw badRequest('source');
  return { accountId: expectString(record.accountId, 'account', 64), codes, source };
}

export function parseBackupCodeRef(payload: unknown): { accountId: string; code: string } {
  const record = expectRecord(payload, 'backup code');
  if (!isValidCode(record.code)) throw badRequest('code');
  return { accountId: expectString(record.accountId, 'account', 64), code: record.code };
}

export function parseBackupCodeReveal(payload: unknown): { accountId: string; password: string } {
  const record = expectRecord(payload, 'backup codes');
  return { accountId: expectString(record.accountId, 'account', 64), password: expectString(record.password, 'password', 1024) };
}
