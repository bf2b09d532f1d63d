/**
 * Turns a field's words and shape into a verdict: is it a code field, and an
 * OTP or a backup-code field? Pure (strings and flags in, verdict out); the
 * surrounding text is read lazily, only for fields whose own words or shape
 * already point at a code.
 */
import type { FieldIdentity, FieldText } from './describe';
import { exclusionOf } from './exclusions';
import { THRESHOLDS, WEIGHTS } from './heuristics';
import { mayHoldKeyword } from './keyword-leads';
import { KEYWORD_TESTS } from './patterns';
import type { FieldShape } from './shape';
import type { FieldKind } from './types';

type Tier = keyof FieldText;
type KeywordSignal = 'otpPhrase' | 'otpHint' | 'backupPhrase' | 'backupWord' | 'codeWord' | 'contextNegative';

/** A signal counts once per tier, with that tier's weight (a weightless one is not even looked for). */
function points(signal: KeywordSignal, tier: Tier, text: string): number {
  const weight = WEIGHTS[signal][tier];
  return weight !== 0 && KEYWORD_TESTS[signal](text) ? weight : 0;
}

function shapePoints(shape: FieldShape): number {
  return (
    (shape.oneTimeCode ? WEIGHTS.oneTimeCodeAutocomplete : 0) +
    (shape.codeLength ? WEIGHTS.codeLength : 0) +
    (shape.numeric ? WEIGHTS.numeric : 0) +
    (shape.digitPattern ? WEIGHTS.digitPattern : 0) +
    (shape.splitRun ? WEIGHTS.splitRun : 0)
  );
}

interface TierPoints {
  otp: number;
  backup: number;
  /** All keyword points of the tier, neutral and negative ones included. */
  total: number;
}

const NO_POINTS: TierPoints = { otp: 0, backup: 0, total: 0 };

/** Per side, the strongest signal counts: "backup code" is one backup signal, not two. */
function tierPoints(tier: Tier, text: string): TierPoints {
  if (!mayHoldKeyword(text)) return NO_POINTS;
  const otp = Math.max(points('otpPhrase', tier, text), points('otpHint', tier, text));
  const backup = Math.max(points('backupPhrase', tier, text), points('backupWord', tier, text));
  const total = otp + backup + points('codeWord', tier, text) + points('contextNegative', tier, text);
  return { otp, backup, total };
}

/**
 * The context tier's points, remembered for the last text: neighbouring fields
 * usually share their surroundings (a grid of quantity boxes), and scanning the
 * same few hundred characters once per field adds up.
 */
let lastContext: { text: string; points: TierPoints } | undefined;
function contextPoints(text: string): TierPoints {
  if (lastContext?.text !== text) lastContext = { text, points: tierPoints('context', text) };
  return lastContext.points;
}

/** "authentication or backup code": OTP words, backup words and an "or" in one tier. */
function takesEither(text: string, points: TierPoints): boolean {
  return points.otp > 0 && points.backup > 0 && KEYWORD_TESTS.conjunction(text);
}

/** A field that accepts both kinds of code is an OTP field; otherwise the stronger side wins, ties going to OTP. */
function kindOf(identity: FieldIdentity, tiers: readonly [TierPoints, TierPoints, TierPoints]): FieldKind {
  const [own, label] = tiers;
  if (takesEither(identity.own, own) || takesEither(identity.label, label)) return 'otp';
  const otp = tiers.reduce((sum, tier) => sum + tier.otp, 0);
  const backup = tiers.reduce((sum, tier) => sum + tier.backup, 0);
  return backup > otp ? 'backup' : 'otp';
}

/**
 * null when the field is a look-alike or falls short. Words around a field never
 * qualify it alone: its own words or its shape must say something first. The
 * look-alike check comes last: most fields fall short before it is needed.
 */
export function judgeField(identity: FieldIdentity, shape: FieldShape, readContext: () => string): FieldKind | null {
  const own = tierPoints('own', identity.own);
  const label = tierPoints('label', identity.label);
  const fieldPoints = own.total + label.total + shapePoints(shape);
  if (fieldPoints <= 0) return null;
  const context = contextPoints(readContext());
  const saysCode = own.total > 0 || label.total > 0 || context.otp + context.backup > 0 || shape.oneTimeCode;
  if (!saysCode || fieldPoints + context.total < THRESHOLDS.minScore || exclusionOf(identity) !== null) return null;
  return kindOf(identity, [own, label, context]);
}
