/**
 * One normal form for page text and for the keywords in heuristics.ts, so that
 * matching never has to care about case, accents, punctuation or naming style:
 * "Bestätigungs-Code" → "bestatigungs code", "user[otp_attempt]" → "user otp attempt",
 * "totpPin" → "totp pin", "ＯＴＰ" (full width) → "otp".
 */

const CAMEL_HUMP = /(\p{Ll})(\p{Lu})/gu;
const ACRONYM_THEN_WORD = /(\p{Lu})(\p{Lu}\p{Ll})/gu;
const COMBINING_MARKS = /\p{M}/gu;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

export function normalizeText(text: string): string {
  return text
    .replace(CAMEL_HUMP, '$1 $2')
    .replace(ACRONYM_THEN_WORD, '$1 $2')
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(NOT_LETTER_OR_DIGIT, ' ')
    .trim();
}
