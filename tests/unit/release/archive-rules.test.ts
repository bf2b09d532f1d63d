import { describe, expect, it } from 'vitest';
import { ARCHIVE_RULES, archiveProblems } from '../../release/archive-rules';

const CHROME = [...ARCHIVE_RULES.chrome.required, 'chunks/popup-abc.js', 'assets/zxing_reader.wasm', 'icon/'];
const SOURCES = [...ARCHIVE_RULES.sources.required, 'utils/otp/uri.ts', 'tests/bench/results/reference.json'];

describe('the contents of the release archives', () => {
  it('passes a store package with the built files only (folder entries are ignored)', () => {
    expect(archiveProblems('chrome', CHROME)).toEqual([]);
  });

  it('finds a missing file, source maps, sources and Firefox without its offscreen page', () => {
    expect(archiveProblems('chrome', [...CHROME.filter((name) => name !== 'offscreen.html'), 'chunks/popup-abc.js.map', 'utils/otp/uri.ts'])).toEqual([
      'chrome: missing offscreen.html',
      'chrome: must not contain chunks/popup-abc.js.map',
      'chrome: must not contain utils/otp/uri.ts',
    ]);
    expect(archiveProblems('firefox', [...ARCHIVE_RULES.firefox.required, 'offscreen.html'])).toEqual(['firefox: must not contain offscreen.html']);
  });

  it('keeps installs, builds, git data and local results out of the sources archive', () => {
    expect(archiveProblems('sources', SOURCES)).toEqual([]);
    const leaked = ['node_modules/vue/package.json', '.output/chrome-mv3/manifest.json', '.output-a11y/x.zip', '.wxt/tsconfig.json', 'tests/.artifacts/e2e-report.json', 'tests/bench/results/latest.json'];
    expect(archiveProblems('sources', [...SOURCES, ...leaked])).toEqual(leaked.map((name) => `sources: must not contain ${name}`));
  });
});
