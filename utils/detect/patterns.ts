/**
 * The keyword lists of heuristics.ts as tests, each compiled once, on first use:
 * building them all takes milliseconds, and most pages the content script runs on
 * never need one (no input that could hold a code, or no word that could begin a
 * keyword: keyword-leads.ts). Every test runs on text already passed through
 * `normalizeText`.
 */
import {
  BACKUP_PHRASES,
  BACKUP_WORDS,
  CODE_WORDS,
  CONTEXT_NEGATIVE_WORDS,
  EITHER_CONJUNCTIONS,
  HARD_EXCLUSIONS,
  OTP_HINT_WORDS,
  OTP_PHRASES,
  SOFT_EXCLUSIONS,
  type KeywordsByLanguage,
} from './heuristics';
import { normalizeText } from './text';
import { unicodePattern } from './unicode-pattern';

// Only real words take a plural "s" (not "o", "or", "cc").
const PLURALIZABLE = /[a-z]{3}$/;
// Chinese and Japanese are written without spaces, so their keywords match anywhere.
const SPACELESS_SCRIPT = unicodePattern('[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}]', 'u');

/**
 * One keyword as a pattern: words may be joined ("twofactor") and pluralized
 * ("codes"). Normalized keywords hold only letters, digits and single spaces, so
 * nothing needs escaping.
 */
function keywordSource(normalized: string): string {
  return normalized
    .split(' ')
    .map((word) => (PLURALIZABLE.test(word) ? `${word}s?` : word))
    .join(' ?');
}

/**
 * One pattern that finds any of `keywords` in normalized text. Word boundaries are
 * spaces there, so one `(?:^| )…(?= |$)` around the whole alternation does, which
 * keeps the pattern small and quick for the engine to compile and run.
 */
export function compileKeywords(keywords: readonly string[]): RegExp {
  const normalized = keywords.map(normalizeText);
  const spaced = normalized.filter((keyword) => !SPACELESS_SCRIPT().test(keyword)).map(keywordSource);
  const spaceless = normalized.filter((keyword) => SPACELESS_SCRIPT().test(keyword));
  const alternatives = [
    ...(spaced.length > 0 ? [`(?:^| )(?:${spaced.join('|')})(?= |$)`] : []),
    ...spaceless,
  ];
  return new RegExp(alternatives.join('|'));
}

function allLanguages(byLanguage: KeywordsByLanguage): string[] {
  return Object.values(byLanguage).flat();
}

type Test = (text: string) => boolean;

/** Whether normalized text holds any of `keywords`; their pattern is compiled on first use. */
export function keywordTest(keywords: readonly string[]): Test {
  let pattern: RegExp | undefined;
  return (text) => (pattern ??= compileKeywords(keywords)).test(text);
}

/** The keywords that earn a field points (score.ts), one list per signal. */
export const SCORING_KEYWORDS = {
  otpPhrase: allLanguages(OTP_PHRASES),
  otpHint: OTP_HINT_WORDS,
  backupPhrase: allLanguages(BACKUP_PHRASES),
  backupWord: BACKUP_WORDS,
  codeWord: CODE_WORDS,
  contextNegative: CONTEXT_NEGATIVE_WORDS,
};

/** One test per scoring signal, and the "or" of "authentication or backup code" (an OTP field that takes either). */
export const KEYWORD_TESTS = Object.fromEntries(
  Object.entries({ ...SCORING_KEYWORDS, conjunction: EITHER_CONJUNCTIONS }).map(([signal, words]) => [signal, keywordTest(words)]),
) as Record<keyof typeof SCORING_KEYWORDS | 'conjunction', Test>;

export interface Exclusion {
  category: string;
  /** Hard exclusions win over everything; soft ones yield to an OTP or backup phrase. */
  hard: boolean;
  matches: Test;
}

export const EXCLUSIONS: readonly Exclusion[] = [
  ...Object.entries(HARD_EXCLUSIONS).map(([category, words]) => ({ category, hard: true, matches: keywordTest(words) })),
  ...Object.entries(SOFT_EXCLUSIONS).map(([category, words]) => ({ category, hard: false, matches: keywordTest(words) })),
];
