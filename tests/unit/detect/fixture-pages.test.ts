// @vitest-environment happy-dom
/**
 * Every fixture page through the detector, compared with its manifest. happy-dom
 * has no layout, so visibility is judged from styles (`isStyledVisible`); the
 * Chromium end-to-end run of the same manifests is the authoritative one.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Window } from 'happy-dom';
import { detectBackupCodeBlock, detectFields, isStyledVisible } from '../../../utils/detect';
import {
  DETECT_PAGES_DIR,
  queryDeep,
  readBackupBlockCases,
  readFieldCases,
  readPage,
} from '../../fixtures/pages/detect/manifest';
import { loadPage } from './load-page';

const fieldCases = readFieldCases();
const blockCases = readBackupBlockCases();
let window: Window | undefined;

afterEach(async () => {
  await window?.happyDOM.close();
  window = undefined;
});

/** A readable name for an input in failure messages: its id, name or position. */
function nameOf(input: Element): string {
  return input.id ? `#${input.id}` : `${input.localName}[name=${input.getAttribute('name') ?? '?'}]`;
}

describe('fixture manifests', () => {
  const htmlIn = (folder: string) => readdirSync(join(DETECT_PAGES_DIR, folder)).filter((file) => file.endsWith('.html'));

  it('declare every page exactly once', () => {
    expect(fieldCases.map(({ page }) => page).sort()).toEqual(htmlIn('.').sort());
    expect(blockCases.map(({ page }) => page).sort()).toEqual(htmlIn('backup-blocks').map((f) => `backup-blocks/${f}`).sort());
  });

  it('keep at least a third of the field pages negative', () => {
    const negatives = fieldCases.filter(({ fields }) => fields.length === 0).length;
    expect(fieldCases.length).toBeGreaterThanOrEqual(30);
    expect(negatives * 3).toBeGreaterThanOrEqual(fieldCases.length);
  });

  it('load nothing from the network', () => {
    const external = /(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i;
    const pages = [...fieldCases, ...blockCases].filter(({ page }) => external.test(readPage(page)));
    expect(pages.map(({ page }) => page)).toEqual([]);
  });
});

describe('detectFields on fixture pages', () => {
  it.each(fieldCases)('$page', async ({ page, fields }) => {
    window = await loadPage(readPage(page));
    const document = window.document as unknown as Document;
    const expected = fields.map(({ kind, inputs }) => {
      const elements = inputs.map((selector) => queryDeep(document, selector));
      expect(elements, `every selector of ${page} matches`).not.toContain(null);
      return { kind, inputs: elements.map((element) => nameOf(element as Element)) };
    });
    const actual = detectFields(document, { isVisible: isStyledVisible }).map(({ kind, inputs }) => ({
      kind,
      inputs: inputs.map(nameOf),
    }));
    expect(actual).toEqual(expected);
    // Names are for reading; identity is what a filler relies on.
    const found = detectFields(document, { isVisible: isStyledVisible }).flatMap(({ inputs }) => inputs);
    const wanted = fields.flatMap(({ inputs }) => inputs.map((selector) => queryDeep(document, selector)));
    expect(found.every((input, index) => input === wanted[index])).toBe(true);
  });
});

describe('detectBackupCodeBlock on fixture pages', () => {
  it.each(blockCases)('$page', async ({ page, block }) => {
    window = await loadPage(readPage(page));
    expect(detectBackupCodeBlock(window.document as unknown as Document)).toEqual(block);
  });
});
