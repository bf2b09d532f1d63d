/** Messages made outside the UI come from the catalogs: no sentence is written into an error or a menu in code. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = process.cwd();
// utils/detect and the content script belong to the content script's own strings; the CLI prints for a terminal.
const SKIP = ['utils/detect', 'utils/cli', 'utils/i18n'];

function sources(dir: string): { file: string; text: string }[] {
  return readdirSync(path.join(ROOT, dir)).flatMap((name) => {
    const relative = `${dir}/${name}`;
    if (SKIP.includes(relative)) return [];
    if (statSync(path.join(ROOT, relative)).isDirectory()) return sources(relative);
    return name.endsWith('.ts') ? [{ file: relative, text: readFileSync(path.join(ROOT, relative), 'utf8') }] : [];
  });
}

describe('messages outside the UI', () => {
  const files = [...sources('utils'), ...sources('entrypoints/background')];

  it('finds the code', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('constructs Twofold’s errors with a message from the catalog (t), never with a string literal', () => {
    const literal = /new (?:Twofold|Otp|Import|Vault)Error\(\s*'[^']*',\s*[`'"]/g;
    const offenders = files.flatMap(({ file, text }) => (text.match(literal) ?? []).map((match) => `${file}: ${match}`));
    expect(offenders).toEqual([]);
  });

  it('titles the worker’s menus from the catalog', () => {
    const offenders = files.filter(({ file, text }) => file.startsWith('entrypoints/background') && /\btitle:\s*[`'"]/.test(text)).map(({ file }) => file);
    expect(offenders).toEqual([]);
  });
});
