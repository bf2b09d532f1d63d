/** Project invariants that no single feature test would notice breaking. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = process.cwd();
const PRODUCT_DIRS = ['entrypoints', 'components', 'stores', 'utils'];

function productFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(ts|vue)$/.test(name)) files.push(full);
    }
  };
  for (const dir of PRODUCT_DIRS) walk(path.join(ROOT, dir));
  return files;
}

describe('project invariants', () => {
  const files = productFiles().map((file) => ({ file: path.relative(ROOT, file), text: readFileSync(file, 'utf8') }));

  it('finds the product code', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it('takes the extension API from one place: wxt/browser, never the chrome global or the polyfill', () => {
    const offenders = files.filter(({ text }) => /\bchrome\.[a-z]+\./.test(text) || /webextension-polyfill/.test(text));
    expect(offenders.map((f) => f.file)).toEqual([]);
  });

  it('renders text only: no v-html, innerHTML or insertAdjacentHTML in product code', () => {
    const offenders = files.filter(({ text }) => /v-html|\.innerHTML\s*=|insertAdjacentHTML|outerHTML\s*=/.test(text));
    expect(offenders.map((f) => f.file)).toEqual([]);
  });

  it('keeps files small enough to read (under 300 lines)', () => {
    const big = files.filter(({ text }) => text.split('\n').length > 300).map((f) => f.file);
    expect(big).toEqual([]);
  });

  it('uses explicit imports (auto-imports are off), so no test or module relies on them', () => {
    const config = readFileSync(path.join(ROOT, 'wxt.config.ts'), 'utf8');
    expect(config).toMatch(/imports:\s*false/);
  });
});
