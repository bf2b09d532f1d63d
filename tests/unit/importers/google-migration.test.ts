import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseImport } from '../../../utils/importers';
import { comparable, expectedEntries, FIXTURE_ROOT, outcomeOf } from './fixtures';

// The export QR images' decoded text, so their expectations are tested without image decoding.
const QR_PAYLOADS = JSON.parse(readFileSync(path.join(FIXTURE_ROOT, 'google_authenticator/QR_PAYLOADS.json'), 'utf8')) as Record<string, string>;

describe('Google Authenticator export QR text', () => {
  it.each(Object.entries(QR_PAYLOADS))('%s imports as its EXPECTED.json says', async (image, payload) => {
    const expected = expectedEntries('google_authenticator')
      .filter((entry) => entry.file.endsWith(`/${image}`))
      .map(outcomeOf);
    expect(expected.length).toBeGreaterThan(0);
    const result = await parseImport({ data: payload });
    expect(result.format).toBe('google-authenticator');
    expect(result.accounts.map(comparable)).toEqual(expected.flatMap((outcome) => (outcome.kind === 'account' ? [outcome.account] : [])));
    expect(result.errors).toHaveLength(expected.filter((outcome) => outcome.kind === 'rejected').length);
  });

  it('keeps the other lines when one line is damaged, numbering entries across lines', async () => {
    const [first, second] = Object.values(QR_PAYLOADS);
    const result = await parseImport({ data: `${first}\notpauth-migration://offline?data=%%%\n${second}` });
    const firstCount = (await parseImport({ data: first! })).accounts.length;
    const secondCount = (await parseImport({ data: second! })).accounts.length;
    expect(result.accounts).toHaveLength(firstCount + secondCount);
    expect(result.errors).toEqual([{ index: firstCount, message: expect.any(String) }]);
  });
});
