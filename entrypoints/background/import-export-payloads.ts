/** Shape checks for the import and export messages' payloads (extension pages only, still validated). */
import { EXPORT_FORMATS, type ExportRequest, type ImportCommitRequest, type ImportPreviewRequest } from '@/utils/import-export';
import { MAX_IMPORT_BYTES } from '@/utils/importers';
import { MAX_ENTRIES } from '@/utils/importers/limits';
import { badRequest, expectRecord, expectString } from './payload';

/** Base64 of the largest file we import. */
const MAX_FILE_BASE64 = Math.ceil(MAX_IMPORT_BYTES / 3) * 4;
const MAX_PASSWORD = 1024;

function optionalPassword(value: unknown, what: string): string | undefined {
  return value === undefined ? undefined : expectString(value, what, MAX_PASSWORD);
}

export function parseImportPreviewRequest(payload: unknown): ImportPreviewRequest {
  const record = expectRecord(payload, 'import');
  const password = optionalPassword(record.password, 'password');
  return {
    fileName: expectString(record.fileName ?? '', 'file name', 1024),
    data: expectString(record.data, 'file', MAX_FILE_BASE64),
    ...(password === undefined ? {} : { password }),
  };
}

export function parseImportCommitRequest(payload: unknown): ImportCommitRequest {
  const record = expectRecord(payload, 'import choice');
  const { indexes } = record;
  if (!Array.isArray(indexes) || indexes.length > MAX_ENTRIES) throw badRequest('indexes');
  if (!indexes.every((index) => Number.isSafeInteger(index) && index >= 0)) throw badRequest('indexes');
  return { previewId: expectString(record.previewId, 'preview id', 64), indexes };
}

export function parsePreviewId(payload: unknown): { previewId: string } {
  return { previewId: expectString(expectRecord(payload, 'preview').previewId, 'preview id', 64) };
}

export function parseExportRequest(payload: unknown): ExportRequest {
  const record = expectRecord(payload, 'export');
  const format = EXPORT_FORMATS.find(({ id }) => id === record.format)?.id;
  if (format === undefined) throw badRequest('export format');
  const filePassword = optionalPassword(record.filePassword, 'file password');
  return {
    format,
    password: expectString(record.password, 'password', MAX_PASSWORD),
    ...(filePassword === undefined ? {} : { filePassword }),
  };
}
