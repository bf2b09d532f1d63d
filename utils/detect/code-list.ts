/**
 * Finding a list of look-alike codes (same shape, all different) among the text
 * of a few elements: "a1b2c-3d4e5" ×16, "1234 5678" ×10, "ABCD-EFGH" ×8.
 */
import { BACKUP_BLOCK } from './heuristics';

const LINE_BREAK = /\r?\n/;
const ALPHANUMERIC = /[A-Za-z0-9]/g;
const DIGIT = /[0-9]/;
const SEPARATOR = /[- ]/;
const ONE_OR_MORE_SPACES = / +/g;

/** Text lines of every element that holds only text (or text and <br>): list items, cells, <pre> lines. */
export function textLines(elements: readonly Element[]): string[] {
  const lines: string[] = [];
  for (const element of elements) {
    for (const holder of [element, ...element.querySelectorAll('*')]) {
      if (![...holder.children].every((child) => child.localName === 'br')) continue;
      for (const node of holder.childNodes) {
        if (node.nodeType !== node.TEXT_NODE) continue;
        for (const line of (node.textContent ?? '').split(LINE_BREAK)) {
          const trimmed = line.trim().replace(ONE_OR_MORE_SPACES, ' ');
          if (trimmed) lines.push(trimmed);
        }
      }
    }
  }
  return lines;
}

/** A code has a digit or a separator: that keeps words like "Download" out. */
function isCodeLike(line: string): boolean {
  if (!BACKUP_BLOCK.codeToken.test(line)) return false;
  const length = line.match(ALPHANUMERIC)?.length ?? 0;
  const { min, max } = BACKUP_BLOCK.codeAlphanumerics;
  return length >= min && length <= max && (DIGIT.test(line) || SEPARATOR.test(line));
}

/** "a1b2c-3d4e5" → "xxxxx-xxxxx": codes of one block share it. */
function shapeOf(code: string): string {
  return code.replace(ALPHANUMERIC, 'x');
}

/** The codes of the largest same-shape group, when it is a plausible block; else null. */
export function findCodeList(lines: readonly string[]): string[] | null {
  const byShape = new Map<string, string[]>();
  for (const line of lines.filter(isCodeLike)) {
    const group = byShape.get(shapeOf(line)) ?? [];
    group.push(line);
    byShape.set(shapeOf(line), group);
  }
  const largest = [...byShape.values()].reduce<string[]>((best, group) => (group.length > best.length ? group : best), []);
  const { min, max } = BACKUP_BLOCK.codeCount;
  const allDifferent = new Set(largest).size === largest.length;
  return largest.length >= min && largest.length <= max && allDifferent ? largest : null;
}
