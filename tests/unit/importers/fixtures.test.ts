/**
 * Every covered fixture file imports to exactly what its EXPECTED.json says,
 * under the policy in fixtures.ts (outcomeOf); encrypted files ask for their
 * password and refuse a wrong one.
 */
import { describe, expect, it } from 'vitest';
import { parseImport } from '../../../utils/importers';
import { fileCoverage } from './fixture-coverage';
import { comparable, expectedEntries, fixtureFiles, fixtureFolders, outcomeOf, readFixture } from './fixtures';
import { importError } from './import-error';

const cases = fixtureFolders().flatMap((folder) =>
  fixtureFiles(folder).flatMap((file) => {
    const coverage = fileCoverage(folder, file);
    return coverage && !('notCovered' in coverage) ? [{ folder, file, coverage }] : [];
  }),
);

describe.each(cases)('$folder/$file', ({ folder, file, coverage }) => {
  const entries = expectedEntries(folder).filter((entry) => entry.file === file);
  const input = { fileName: file.split('/').pop(), data: readFixture(folder, file) };
  const password = entries.find((entry) => entry.password !== undefined)?.password;

  if ('fileError' in coverage) {
    it(`is refused as a whole (${coverage.fileError})`, async () => {
      expect((await importError(parseImport(input, { password: 'any password' }))).code).toBe(coverage.fileError);
    });
    return;
  }

  const outcomes = entries.filter((entry) => entry.expect === undefined).map(outcomeOf);
  const markedBad = entries.filter((entry) => entry.expect === 'error' || entry.expect === 'skip');

  it(`imports the expected accounts as ${coverage.format}`, async () => {
    const result = await parseImport(input, password === undefined ? {} : { password });
    expect(result.format).toBe(coverage.format);
    expect(result.accounts.map(comparable)).toEqual(outcomes.flatMap((outcome) => (outcome.kind === 'account' ? [outcome.account] : [])));
    const rejected = outcomes.filter((outcome) => outcome.kind === 'rejected').length + markedBad.length;
    expect(result.errors).toHaveLength(rejected);
    for (const error of result.errors) expect(error.message).not.toBe('');
  });

  if (password !== undefined) {
    it('asks for a password when none is given', async () => {
      expect((await importError(parseImport(input))).code).toBe('needs-password');
    });

    it('refuses a wrong password', async () => {
      expect((await importError(parseImport(input, { password: `${password}x` }))).code).toBe('wrong-password');
    });
  }
});

describe('the fixture policy', () => {
  it('only rejects secrets that the fixture author flagged as not base32', () => {
    const rejectedSecrets = fixtureFolders()
      .flatMap(expectedEntries)
      .filter((entry) => entry.expect === undefined && ['totp', 'hotp', 'steam'].includes(entry.type ?? ''))
      .filter((entry) => {
        const outcome = outcomeOf(entry);
        return outcome.kind === 'rejected' && outcome.why === 'not a base32 key';
      });
    expect(rejectedSecrets.length).toBeGreaterThan(10);
    for (const entry of rejectedSecrets) expect(entry.fixture_comment).toMatch(/not canonical base32|not decodable as base32/);
  });
});
