/**
 * A quick proof that normalized text holds no scoring keyword, so that the
 * keyword patterns (milliseconds to compile) are built only for text that might:
 * the labels and names of most inputs ("Search", "qty", "First name") and most
 * paragraphs are ruled out with a few set lookups. A keyword can only match where
 * a word of the text begins, and the text from there, spaces left out, begins with
 * the keyword's first three letters or digits (its "lead": words may be joined,
 * "two factor" / "twofactor", and a plural "s" only follows a word of three
 * letters). Text beyond ASCII always goes on to the patterns: keywords that stay
 * beyond ASCII once normalized (Chinese, Japanese, Cyrillic, "płatność") have no lead.
 */
import { SCORING_KEYWORDS } from './patterns';
import { NON_ASCII } from './text';

const LEAD_LENGTH = 3;
// What normalizeText does to Latin letters ("código" → "codigo"), without the Unicode
// classes it compiles for that (a millisecond or more, paid once per page).
const LATIN_ACCENTS = /[\u0300-\u036f]/g;
const NOT_LETTER_OR_DIGIT = /[^a-z0-9]/g;

/** The lead of a keyword as written in heuristics.ts; '' when it only matches text beyond ASCII. */
export function keywordLead(keyword: string): string {
  const plain = NON_ASCII.test(keyword) ? keyword.normalize('NFKD').replace(LATIN_ACCENTS, '') : keyword;
  return NON_ASCII.test(plain) ? '' : plain.toLowerCase().replace(NOT_LETTER_OR_DIGIT, '').slice(0, LEAD_LENGTH);
}

let leads: Set<string> | undefined;

export function mayHoldKeyword(normalized: string): boolean {
  if (NON_ASCII.test(normalized)) return true;
  leads ??= new Set(Object.values(SCORING_KEYWORDS).flat().map(keywordLead).filter((lead) => lead !== ''));
  const joined = normalized.replaceAll(' ', '');
  let wordStart = 0;
  for (const word of normalized.split(' ')) {
    if (leads.has(joined.slice(wordStart, wordStart + LEAD_LENGTH))) return true;
    wordStart += word.length;
  }
  return false;
}
