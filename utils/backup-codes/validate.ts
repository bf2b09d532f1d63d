/** Checks a backup-code set read back from the vault; any deviation means damaged data. */
import { VaultError } from '../vault/errors';
import type { BackupCode, BackupCodeSet, BackupCodeSource } from './model';
import { MAX_BACKUP_CODES } from './parse';

const MAX_CODE_LENGTH = 64;

export function isValidCode(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_CODE_LENGTH;
}

export function parseSource(value: unknown): BackupCodeSource | null {
  if (typeof value !== 'object' || value === null) return null;
  const source = value as Record<string, unknown>;
  if (source.kind === 'paste') return { kind: 'paste' };
  if (source.kind === 'file' && typeof source.fileName === 'string' && source.fileName.length <= 256) {
    return { kind: 'file', fileName: source.fileName };
  }
  if (source.kind === 'page' && typeof source.origin === 'string' && source.origin.length <= 2048) {
    return { kind: 'page', origin: source.origin };
  }
  return null;
}

function parseCode(value: unknown): BackupCode | null {
  if (typeof value !== 'object' || value === null) return null;
  const { code, usedAt } = value as Record<string, unknown>;
  if (!isValidCode(code) || (usedAt !== null && typeof usedAt !== 'number')) return null;
  return { code, usedAt };
}

export function parseBackupCodeSet(value: unknown): BackupCodeSet {
  if (typeof value !== 'object' || value === null) throw new VaultError('vault-damaged');
  const record = value as Record<string, unknown>;
  const source = parseSource(record.source);
  const codes = Array.isArray(record.codes) ? record.codes.map(parseCode) : [];
  if (
    typeof record.id !== 'string' ||
    typeof record.accountId !== 'string' ||
    typeof record.savedAt !== 'number' ||
    !source ||
    codes.length === 0 ||
    codes.length > MAX_BACKUP_CODES ||
    codes.some((code) => code === null) ||
    (record.lastHandedOut !== undefined && !isValidCode(record.lastHandedOut))
  ) {
    throw new VaultError('vault-damaged');
  }
  const set: BackupCodeSet = { id: record.id, accountId: record.accountId, savedAt: record.savedAt, source, codes: codes as BackupCode[] };
  return record.lastHandedOut === undefined ? set : { ...set, lastHandedOut: record.lastHandedOut as string };
}
