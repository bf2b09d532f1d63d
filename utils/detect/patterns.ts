/**
 * The keyword lists of heuristics.ts, each compiled once, on first use: building
 * them all takes milliseconds, and most pages the content script runs on never
 * reach a keyword (no input that could hold a code). Every pattern runs on text
 * already passed through `normalizeText`.
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

/** An object whose every property is the pattern of its keywords, compiled when first read and kept. */
function compiledOnFirstUse<Name extends string>(keywords: Readonly<Record<Name, readonly string[]>>): Readonly<Record<Name, RegExp>> {
  const patterns = {} as Record<Name, RegExp>;
  for (const name of Object.keys(keywords) as Name[]) {
    Object.defineProperty(patterns, name, {
      configurable: true,
      get: () => {
        const pattern = compileKeywords(keywords[name]);
        Object.defineProperty(patterns, name, { value: pattern });
        return pattern;
      },
    });
  }
  return patterns;
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

export const PATTERNS = compiledOnFirstUse({
  ...SCORING_KEYWORDS,
  /** With an OTP and a backup word, says the field takes either: "authentication or backup code". */
  conjunction: EITHER_CONJUNCTIONS,
});

export interface ExclusionPattern {
  category: string;
  /** Hard exclusions win over everything; soft ones yield to an OTP or backup phrase. */
  hard: boolean;
  pattern: RegExp;
}

const HARD_PATTERNS = compiledOnFirstUse(HARD_EXCLUSIONS);
const SOFT_PATTERNS = compiledOnFirstUse(SOFT_EXCLUSIONS);

export const EXCLUSION_PATTERNS: readonly ExclusionPattern[] = [
  ...Object.keys(HARD_EXCLUSIONS).map((category) => ({ category, hard: true, get pattern() { return HARD_PATTERNS[category] as RegExp; } })),
  ...Object.keys(SOFT_EXCLUSIONS).map((category) => ({ category, hard: false, get pattern() { return SOFT_PATTERNS[category] as RegExp; } })),
];
