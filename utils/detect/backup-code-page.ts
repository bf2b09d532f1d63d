/**
 * Recognizes a page that shows freshly generated backup codes (a block of 8–16
 * look-alike codes under a heading such as "Recovery codes"), so they can be
 * offered for saving. Starts from the few headings that mention backup codes,
 * so ordinary pages cost one querySelectorAll and a regex per heading.
 */
import { findCodeList, textLines } from './code-list';
import { BACKUP_BLOCK } from './heuristics';
import { EXCLUSIONS, KEYWORD_TESTS, keywordTest } from './patterns';
import { normalizeText } from './text';
import type { SearchRoot } from './types';

export interface BackupCodeBlock {
  /** In page order, as shown. */
  codes: string[];
  /** The heading's text, whitespace collapsed. */
  heading: string;
}

type HeadingStrength = 'names-codes' | 'mentions-backup';

const WHITESPACE_RUN = /\s+/g;
const HARD_EXCLUSIONS = EXCLUSIONS.filter(({ hard }) => hard);
/** Copy / Download / Print buttons next to a block of backup codes. */
const namesAnAction = keywordTest(BACKUP_BLOCK.actionWords);

function headingStrength(text: string): HeadingStrength | null {
  if (text.length > BACKUP_BLOCK.maxHeadingChars) return null;
  const normalized = normalizeText(text);
  // "Your gift codes", "Backup payment card": lists of codes that are not ours.
  if (HARD_EXCLUSIONS.some(({ matches }) => matches(normalized))) return null;
  if (KEYWORD_TESTS.backupPhrase(normalized)) return 'names-codes';
  return KEYWORD_TESTS.backupWord(normalized) ? 'mentions-backup' : null;
}

/** The siblings after `start`, up to the next section (an element that is or holds a heading). */
function sectionAfter(start: Element): Element[] {
  const section: Element[] = [];
  for (let next = start.nextElementSibling; next && section.length < BACKUP_BLOCK.maxSectionSiblings; ) {
    if (next.matches(BACKUP_BLOCK.sectionBreakSelector) || next.querySelector(BACKUP_BLOCK.sectionBreakSelector)) break;
    section.push(next);
    next = next.nextElementSibling;
  }
  return section;
}

function hasActionButton(section: readonly Element[]): boolean {
  return section.some((element) =>
    [element, ...element.querySelectorAll(BACKUP_BLOCK.actionSelector)].some(
      (candidate) =>
        candidate.matches(BACKUP_BLOCK.actionSelector) &&
        namesAnAction(normalizeText(candidate.textContent || candidate.getAttribute('value') || '')),
    ),
  );
}

/** Codes in the heading's section; the heading often sits alone in a header, so climb a little. */
function codesNear(heading: Element, strength: HeadingStrength): string[] | null {
  let start: Element | null = heading;
  for (let level = 0; start && level <= BACKUP_BLOCK.climbLevels; level++, start = start.parentElement) {
    const section = sectionAfter(start);
    if (section.length === 0) continue;
    const codes = findCodeList(textLines(section));
    // A heading that only mentions "recovery" needs the Copy/Download/Print buttons to confirm it.
    if (codes && (strength === 'names-codes' || hasActionButton(section))) return codes;
  }
  return null;
}

export function detectBackupCodeBlock(root: SearchRoot): BackupCodeBlock | null {
  for (const heading of root.querySelectorAll(BACKUP_BLOCK.headingSelector)) {
    const text = (heading.textContent ?? '').replace(WHITESPACE_RUN, ' ').trim();
    const strength = headingStrength(text);
    const codes = strength && codesNear(heading, strength);
    if (codes) return { codes, heading: text };
  }
  return null;
}
