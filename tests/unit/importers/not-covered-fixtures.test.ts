/**
 * Fixture files we deliberately do not import are refused as unsupported,
 * never misread as another format or asked for a password they cannot use.
 */
import { describe, expect, it } from 'vitest';
import { parseImport } from '../../../utils/importers';
import { FIXTURE_COVERAGE } from './fixture-coverage';
import { fixtureFiles, readFixture } from './fixtures';
import { importError } from './import-error';

const notCovered = Object.entries(FIXTURE_COVERAGE).flatMap(([folder, coverage]) =>
  fixtureFiles(folder)
    .filter((file) => coverage.notCovered !== undefined || 'notCovered' in (coverage.files?.[file] ?? {}))
    .map((file) => ({ folder, file })),
);

describe.each(notCovered)('$folder/$file', ({ folder, file }) => {
  it('is refused as unsupported, with advice', async () => {
    const error = await importError(parseImport({ fileName: file.split('/').pop(), data: readFixture(folder, file) }, { password: 'test' }));
    expect(error.code).toBe('unsupported-format');
    expect(error.message.length).toBeGreaterThan(20);
  });
});

it('finds the files left out on purpose', () => {
  expect(notCovered.length).toBeGreaterThan(30);
});
