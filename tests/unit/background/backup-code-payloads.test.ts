/** The backup-code messages' payloads, and the page scan's answer, which comes from a web page's document. */
import { describe, expect, it } from 'vitest';
import { parseBackupCodeAccount, parseBackupCodeSave, parseFoundBlock } from '@/entrypoints/background/backup-code-payloads';
import { parseFillOnPage, parseFillRequest } from '@/entrypoints/background/fill-payloads';

const badRequest = expect.objectContaining({ code: 'bad-request' });
const CODES = Array.from({ length: 10 }, (_, i) => `${10_000_000 + i}`);

describe('backup-code payloads', () => {
  it('accepts a set of plausible codes from a known source', () => {
    expect(parseBackupCodeSave({ accountId: 'a', codes: CODES, source: { kind: 'page', origin: 'https://x.test' } })).toEqual({
      accountId: 'a',
      codes: CODES,
      source: { kind: 'page', origin: 'https://x.test' },
    });
    expect(() => parseBackupCodeSave({ accountId: 'a', codes: [], source: { kind: 'paste' } })).toThrow(badRequest);
    expect(() => parseBackupCodeSave({ accountId: 'a', codes: CODES, source: { kind: 'mail' } })).toThrow(badRequest);
    expect(() => parseBackupCodeAccount({ accountId: 7 })).toThrow(badRequest);
  });

  it('takes from the page scan only a list of codes and a heading, cut to size, and nothing else', () => {
    expect(parseFoundBlock({ codes: [...CODES, CODES[0]], heading: 'Backup Tokens', origin: 'https://x.test', extra: 1 })).toEqual({
      codes: CODES,
      heading: 'Backup Tokens',
    });
    expect(parseFoundBlock({ codes: CODES, heading: 'h'.repeat(1000) })?.heading).toHaveLength(200);
    for (const odd of [null, 'codes', { codes: 'abc', heading: '' }, { codes: [1, 2], heading: '' }, { codes: Array(65).fill('12345678'), heading: '' }]) {
      expect(parseFoundBlock(odd)).toBeNull();
    }
  });
});

describe('fill payloads of both kinds', () => {
  it('knows one-time codes and backup codes, and nothing else', () => {
    expect(parseFillRequest({ requestId: 'r', kind: 'backup' })).toEqual({ requestId: 'r', kind: 'backup' });
    expect(() => parseFillRequest({ requestId: 'r', kind: 'secret' })).toThrow(badRequest);
    expect(parseFillOnPage({ tabId: 1, frameId: 0, accountId: 'a', confirmFrame: false, kind: 'backup' })).toMatchObject({ kind: 'backup' });
    expect(() => parseFillOnPage({ tabId: 1, frameId: 0, accountId: 'a', confirmFrame: false })).toThrow(badRequest);
  });
});
