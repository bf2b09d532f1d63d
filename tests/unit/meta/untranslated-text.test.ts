/**
 * Every word a user reads in a Vue template comes from the catalogs (utils/i18n/locales):
 * a template may hold no raw text with letters, and no literal aria-label, title,
 * placeholder, alt or label attribute with letters. Symbols, digits and punctuation
 * ("⋯", "✕", "··· ···") and the brand name are fine. So the next string cannot slip in untranslated.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'vue/compiler-sfc';
import { describe, expect, it } from 'vitest';

const ROOT = process.cwd();
const UI_DIRS = ['components', 'entrypoints'];

/** Attributes whose text a user reads or a screen reader speaks. */
const SPOKEN_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'title', 'placeholder', 'alt', 'label']);

/** Text that is the same in every language: the brand, and the sort toggle's letter range. */
const SAME_IN_EVERY_LANGUAGE = ['Twofold', 'A–Z'];

type TemplateNode = {
  type: number;
  content?: unknown;
  tag?: string;
  props?: { type: number; name: string; value?: { content: string } }[];
  children?: TemplateNode[];
  loc: { start: { line: number } };
};

// Node and prop types of Vue's compiler (@vue/compiler-core NodeTypes).
const ELEMENT = 1;
const TEXT = 2;
const ATTRIBUTE = 6;

function hasWords(text: string): boolean {
  const rest = SAME_IN_EVERY_LANGUAGE.reduce((left, word) => left.split(word).join(''), text);
  return /\p{L}/u.test(rest);
}

/** Raw text and literal spoken attributes with letters, as "line: what". */
function untranslatedText(source: string): string[] {
  const template = parse(source).descriptor.template?.ast as TemplateNode | undefined;
  const found: string[] = [];
  const walk = (node: TemplateNode) => {
    if (node.type === TEXT && typeof node.content === 'string' && hasWords(node.content)) {
      found.push(`${node.loc.start.line}: text "${node.content.trim()}"`);
    }
    if (node.type === ELEMENT) {
      for (const prop of node.props ?? []) {
        if (prop.type === ATTRIBUTE && SPOKEN_ATTRIBUTES.has(prop.name) && prop.value && hasWords(prop.value.content)) {
          found.push(`${node.loc.start.line}: ${prop.name}="${prop.value.content}"`);
        }
      }
    }
    node.children?.forEach(walk);
  };
  if (template) walk(template);
  return found;
}

function vueFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return vueFiles(full);
    return name.endsWith('.vue') ? [full] : [];
  });
}

describe('untranslated text in Vue templates', () => {
  it('is caught: raw text and literal labels with letters', () => {
    const found = untranslatedText(
      '<template><div><p>Hello</p><input placeholder="Search" /><b title="Pinned">📌</b><span aria-label="Lock" /></div></template>',
    );
    expect(found).toEqual(['1: text "Hello"', '1: placeholder="Search"', '1: title="Pinned"', '1: aria-label="Lock"']);
  });

  it('lets through symbols, digits, bindings, test ids and the brand name', () => {
    const found = untranslatedText(
      [
        '<template><div data-testid="account-row" class="row" :title="i18n.t(\'x\')">',
        '<h1>Twofold</h1><span>⋯</span><span>··· ···</span><em>✕ 42 ·</em><b>A–Z</b>',
        '<p>{{ i18n.t(\'common.done\') }}</p><img alt="" /><input placeholder="https://example.com" />',
        '</div></template>',
      ].join(''),
    );
    // A placeholder that is an example address is still letters: it belongs in the catalog too.
    expect(found).toEqual(['1: placeholder="https://example.com"']);
  });

  const files = UI_DIRS.flatMap((dir) => vueFiles(path.join(ROOT, dir)));

  it('finds the templates', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it('has none: every user-visible string goes through i18n.t', () => {
    const offenders = files.flatMap((file) => untranslatedText(readFileSync(file, 'utf8')).map((what) => `${path.relative(ROOT, file)}:${what}`));
    expect(offenders).toEqual([]);
  });
});
