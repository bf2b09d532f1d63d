/**
 * The keyword lists of heuristics.ts compiled once, when the module loads: the
 * content script runs on every page, so no pattern is ever built per call.
 * Every pattern runs on text already passed through `normalizeText`.
 */
import {
  BACKUP_BLOCK,
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

// Only real words take a plural "s" (not "o", "or", "cc").
const PLURALIZABLE = /[a-z]{3}$/;
// Chinese and Japanese are written without spaces, so their keywords match anywhere.
const SPACELESS_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

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
  const spaced = normalized.filter((keyword) => !SPACELESS_SCRIPT.test(keyword)).map(keywordSource);
  const spaceless = normalized.filter((keyword) => SPACELESS_SCRIPT.test(keyword));
  const alternatives = [
    ...(spaced.length > 0 ? [`(?:^| )(?:${spaced.join('|')})(?= |$)`] : []),
    ...spaceless,
  ];
  return new RegExp(alternatives.join('|'));
}

function allLanguages(byLanguage: KeywordsByLanguage): string[] {
  return Object.values(byLanguage).flat();
}

export const PATTERNS = {
  otpPhrase: compileKeywords(allLanguages(OTP_PHRASES)),
  otpHint: compileKeywords(OTP_HINT_WORDS),
  backupPhrase: compileKeywords(allLanguages(BACKUP_PHRASES)),
  backupWord: compileKeywords(BACKUP_WORDS),
  codeWord: compileKeywords(CODE_WORDS),
  contextNegative: compileKeywords(CONTEXT_NEGATIVE_WORDS),
  /** Copy / Download / Print buttons next to a block of backup codes. */
  blockAction: compileKeywords(BACKUP_BLOCK.actionWords),
  /** With an OTP and a backup word, says the field takes either: "authentication or backup code". */
  conjunction: compileKeywords(EITHER_CONJUNCTIONS),
} as const;

export interface ExclusionPattern {
  category: string;
  /** Hard exclusions win over everything; soft ones yield to an OTP or backup phrase. */
  hard: boolean;
  pattern: RegExp;
}

export const EXCLUSION_PATTERNS: readonly ExclusionPattern[] = [
  ...Object.entries(HARD_EXCLUSIONS).map(([category, words]) => ({ category, hard: true, pattern: compileKeywords(words) })),
  ...Object.entries(SOFT_EXCLUSIONS).map(([category, words]) => ({ category, hard: false, pattern: compileKeywords(words) })),
];
