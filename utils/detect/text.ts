/**
 * One normal form for page text and for the keywords in heuristics.ts, so that
 * matching never has to care about case, accents, punctuation or naming style:
 * "Bestätigungs-Code" → "bestatigungs code", "user[otp_attempt]" → "user otp attempt",
 * "totpPin" → "totp pin", "ＯＴＰ" (full width) → "otp".
 */

import { unicodePattern } from './unicode-pattern';

// The same rules twice: most page text is ASCII, where Unicode's classes are plain
// ranges (and NFKD changes nothing), and those classes are slow to parse and compile.
type Rules = Record<'camelHump' | 'acronymThenWord' | 'notLetterOrDigit', RegExp>;
/** Characters beyond ASCII: text without them takes the quick rules. */
export const NON_ASCII = /[^\0-\x7f]/;
const ASCII_RULES: Rules = {
  camelHump: /([a-z])([A-Z])/g,
  acronymThenWord: /([A-Z])([A-Z][a-z])/g,
  notLetterOrDigit: /[^a-z0-9]+/g,
};
const CAMEL_HUMP = unicodePattern('(\\p{Ll})(\\p{Lu})', 'gu');
const ACRONYM_THEN_WORD = unicodePattern('(\\p{Lu})(\\p{Lu}\\p{Ll})', 'gu');
const NOT_LETTER_OR_DIGIT = unicodePattern('[^\\p{L}\\p{N}]+', 'gu');
const COMBINING_MARKS = unicodePattern('\\p{M}', 'gu');

function unicodeRules(): Rules {
  return { camelHump: CAMEL_HUMP(), acronymThenWord: ACRONYM_THEN_WORD(), notLetterOrDigit: NOT_LETTER_OR_DIGIT() };
}

export function normalizeText(text: string): string {
  const ascii = !NON_ASCII.test(text);
  const rules = ascii ? ASCII_RULES : unicodeRules();
  const split = text.replace(rules.camelHump, '$1 $2').replace(rules.acronymThenWord, '$1 $2');
  return (ascii ? split : split.normalize('NFKD').replace(COMBINING_MARKS(), ''))
    .toLowerCase()
    .replace(rules.notLetterOrDigit, ' ')
    .trim();
}
