/**
 * One normal form for page text and for the keywords in heuristics.ts, so that
 * matching never has to care about case, accents, punctuation or naming style:
 * "Bestätigungs-Code" → "bestatigungs code", "user[otp_attempt]" → "user otp attempt",
 * "totpPin" → "totp pin", "ＯＴＰ" (full width) → "otp".
 */

// The same rules twice: Unicode property classes take the engine a millisecond or
// more to compile, and most page text is ASCII, where these classes are plain ranges
// (and NFKD changes nothing).
const NON_ASCII = /[^\0-\x7f]/;
const UNICODE_RULES = {
  camelHump: /(\p{Ll})(\p{Lu})/gu,
  acronymThenWord: /(\p{Lu})(\p{Lu}\p{Ll})/gu,
  notLetterOrDigit: /[^\p{L}\p{N}]+/gu,
};
const ASCII_RULES: typeof UNICODE_RULES = {
  camelHump: /([a-z])([A-Z])/g,
  acronymThenWord: /([A-Z])([A-Z][a-z])/g,
  notLetterOrDigit: /[^a-z0-9]+/g,
};
const COMBINING_MARKS = /\p{M}/gu;

export function normalizeText(text: string): string {
  const unicode = NON_ASCII.test(text);
  const rules = unicode ? UNICODE_RULES : ASCII_RULES;
  const split = text.replace(rules.camelHump, '$1 $2').replace(rules.acronymThenWord, '$1 $2');
  return (unicode ? split.normalize('NFKD').replace(COMBINING_MARKS, '') : split)
    .toLowerCase()
    .replace(rules.notLetterOrDigit, ' ')
    .trim();
}
