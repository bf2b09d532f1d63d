/**
 * Which findings of Mozilla's add-on linter (web-ext lint) Twofold accepts, and
 * why. Errors are never accepted. A warning is accepted only where its source
 * shows it is the known, harmless case; anything new fails the release.
 */

export interface LintFinding {
  _type: 'error' | 'warning' | 'notice';
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

interface AcceptedWarning {
  code: string;
  /** Text that must appear just before the finding's position in the built file. */
  sourceNear: string;
  why: string;
}

export const ACCEPTED_WARNINGS: readonly AcceptedWarning[] = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    sourceNear: 'insertStaticContent',
    why:
      "Vue's runtime (insertStaticContent) turns the static parts of our own compiled templates into DOM through a " +
      '<template> element: the strings are made at build time from our .vue files, never from data. Product code ' +
      'itself may not use innerHTML (tests/unit/meta/invariants.test.ts).',
  },
];

/** How far before the reported column to look for `sourceNear` (a minified line holds the whole chunk). */
const CONTEXT_CHARS = 400;

/** The reason a finding is acceptable, or undefined when it must fail the lint. */
export function acceptedBecause(finding: LintFinding, builtSource: (file: string) => string | undefined): string | undefined {
  if (finding._type === 'error') return undefined;
  if (finding._type === 'notice') return 'a notice, not a problem';
  const rule = ACCEPTED_WARNINGS.find((accepted) => accepted.code === finding.code);
  if (!rule || !finding.file || !finding.line || finding.column === undefined) return undefined;
  const line = builtSource(finding.file)?.split('\n')[finding.line - 1] ?? '';
  const before = line.slice(Math.max(0, finding.column - CONTEXT_CHARS), finding.column + 1);
  return before.includes(rule.sourceNear) ? rule.why : undefined;
}

/** One readable line per finding. */
export function describeFinding(finding: LintFinding): string {
  const where = finding.file ? ` ${finding.file}${finding.line ? `:${finding.line}:${finding.column ?? 0}` : ''}` : '';
  return `${finding._type} ${finding.code}${where}: ${finding.message}`;
}
