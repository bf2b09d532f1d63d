/** The import and export messages' payloads are checked for shape and size before any work is done. */
import { describe, expect, it } from 'vitest';
import {
  parseExportRequest,
  parseImportCommitRequest,
  parseImportPreviewRequest,
  parsePreviewId,
} from '@/entrypoints/background/import-export-payloads';

const badRequest = { code: 'bad-request' };

describe('import and export payloads', () => {
  it('accepts a file with an optional password, and refuses anything larger than the import cap', () => {
    expect(parseImportPreviewRequest({ fileName: 'a.json', data: 'AAAA' })).toEqual({ fileName: 'a.json', data: 'AAAA' });
    expect(parseImportPreviewRequest({ data: 'AAAA', password: 'pw' })).toEqual({ fileName: '', data: 'AAAA', password: 'pw' });
    expect(() => parseImportPreviewRequest({ data: 'A'.repeat(14 * 1024 * 1024) })).toThrow(expect.objectContaining(badRequest));
    expect(() => parseImportPreviewRequest({ data: 42 })).toThrow(expect.objectContaining(badRequest));
  });

  it('accepts only whole, non-negative entry indexes', () => {
    expect(parseImportCommitRequest({ previewId: 'p', indexes: [0, 3] })).toEqual({ previewId: 'p', indexes: [0, 3] });
    for (const indexes of [[-1], [1.5], ['1'], 'all', [Number.NaN]]) {
      expect(() => parseImportCommitRequest({ previewId: 'p', indexes })).toThrow(expect.objectContaining(badRequest));
    }
    expect(() => parsePreviewId({})).toThrow(expect.objectContaining(badRequest));
  });

  it('accepts only the export formats Twofold offers, and needs the password', () => {
    expect(parseExportRequest({ format: 'aegis-plain', password: 'pw' })).toEqual({ format: 'aegis-plain', password: 'pw' });
    expect(parseExportRequest({ format: 'twofold-encrypted', password: 'pw', filePassword: 'f' })).toMatchObject({ filePassword: 'f' });
    expect(() => parseExportRequest({ format: 'toString', password: 'pw' })).toThrow(expect.objectContaining(badRequest));
    expect(() => parseExportRequest({ format: 'otpauth-list' })).toThrow(expect.objectContaining(badRequest));
  });
});
