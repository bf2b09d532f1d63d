/**
 * Finds one-time-code and backup-code fields on a page. Runs in the content
 * script on every page, so work is done cheapest first: attribute checks, then
 * the field's own words, then nearby text, and layout (visibility, box order)
 * only for the few inputs that already qualified.
 */
import { inputsByTree } from './collect-inputs';
import { describeIdentity, describeSurroundings } from './describe';
import { isEligibleInput } from './eligibility';
import { judgeField } from './score';
import { readShape } from './shape';
import { groupFields, inFillOrder } from './split-fields';
import type { DetectedField, SearchRoot } from './types';
import { isRendered, type VisibilityCheck } from './visibility';

export type { DetectedField, FieldKind, SearchRoot } from './types';
export { isRendered, isStyledVisible, type VisibilityCheck } from './visibility';
export { detectBackupCodeBlock, type BackupCodeBlock } from './backup-code-page';

export interface DetectOptions {
  /** Defaults to `isRendered` (needs layout); pass `isStyledVisible` in a DOM without layout. */
  isVisible?: VisibilityCheck;
}

/**
 * The code fields under `root`, in DOM order (fields inside shadow roots after
 * those of the tree holding them). Hidden, disabled, read-only and opted-out
 * inputs and look-alikes (card, postal, promo, captcha, search, login fields)
 * are left out.
 */
export function detectFields(root: SearchRoot, options: DetectOptions = {}): DetectedField[] {
  const isVisible = options.isVisible ?? isRendered;
  const fields: DetectedField[] = [];
  for (const inputs of inputsByTree(root)) {
    for (const boxes of groupFields(inputs.filter(isEligibleInput))) {
      const kind = judgeField(describeIdentity(boxes), readShape(boxes), () => describeSurroundings(boxes));
      if (kind && boxes.every(isVisible)) fields.push({ kind, inputs: inFillOrder(boxes) });
    }
  }
  return fields;
}
