/**
 * META-TEST: every fixture folder is either read by an importer or left out
 * on purpose, with the reason written down; and every importer is exercised
 * by real or (named) synthetic fixtures.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IMPORT_FORMATS } from '../../../utils/importers';
import { FIXTURE_COVERAGE } from './fixture-coverage';
import { fixtureFiles, fixtureFolders } from './fixtures';

/** Formats Twofold writes itself: their fixtures are the project's own samples (twofold-sample.test.ts reads them). */
const OWN_FIXTURES: Record<string, string> = { twofold: 'tests/fixtures/backups/twofold-backup-sample.json' };


describe('fixture coverage', () => {
  it('accounts for every fixture folder', () => {
    expect(fixtureFolders().filter((folder) => !(folder in FIXTURE_COVERAGE))).toEqual([]);
  });

  it('names no folder that does not exist', () => {
    expect(Object.keys(FIXTURE_COVERAGE).filter((folder) => !fixtureFolders().includes(folder))).toEqual([]);
  });

  it.each(Object.entries(FIXTURE_COVERAGE))('%s: has an importer or a reason, and only names its own files', (folder, coverage) => {
    expect(Boolean(coverage.format) !== Boolean(coverage.notCovered)).toBe(true);
    const files = fixtureFiles(folder);
    expect(Object.keys(coverage.files ?? {}).filter((file) => !files.includes(file))).toEqual([]);
    for (const file of Object.values(coverage.files ?? {})) {
      if ('notCovered' in file) expect(file.notCovered.length).toBeGreaterThan(10);
    }
  });

  it('names only registered formats', () => {
    const ids = new Set(IMPORT_FORMATS.map((format) => format.id));
    const named = Object.values(FIXTURE_COVERAGE).flatMap((coverage) => [
      ...(coverage.format ? [coverage.format] : []),
      ...Object.values(coverage.files ?? {}).flatMap((file) => ('format' in file ? [file.format] : [])),
    ]);
    expect(named.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('exercises every registered format with a fixture', () => {
    const covered = new Set(
      Object.values(FIXTURE_COVERAGE).flatMap((coverage) => [
        coverage.format,
        ...Object.values(coverage.files ?? {}).map((file) => ('format' in file ? file.format : undefined)),
      ]),
    );
    for (const [format, file] of Object.entries(OWN_FIXTURES)) if (existsSync(file)) covered.add(format);
    expect(IMPORT_FORMATS.map((format) => format.id).filter((id) => !covered.has(id))).toEqual([]);
  });
});
