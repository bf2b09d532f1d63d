/**
 * Finds one-time-code and backup-code fields on a page. Runs in the content
 * script on every page, so work is done cheapest first: attribute checks, then
 * the field's own words, then nearby text, and layout (visibility, box order)
 * only for the few inputs that already qualified. Open shadow roots are looked
 * into only when the page's own tree has no field.
 */
import { inputsOf, openShadowRoots } from './collect-inputs';
import { createFieldDescriber, type FieldDescriber } from './describe';
import { isEligibleInput } from './eligibility';
import { judgeField } from './score';
import { withoutListRows } from './list-rows';
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

/** The code fields among the inputs of one tree (in DOM order). */
function fieldsAmong(inputs: readonly HTMLInputElement[], describer: FieldDescriber, isVisible: VisibilityCheck): DetectedField[] {
  const fields: DetectedField[] = [];
  for (const boxes of groupFields(withoutListRows(inputs).filter(isEligibleInput))) {
    const kind = judgeField(describer.identity(boxes), readShape(boxes), () => describer.surroundings(boxes));
    if (kind && boxes.every(isVisible)) fields.push({ kind, inputs: inFillOrder(boxes) });
  }
  return fields;
}

/**
 * The code fields under `root`, in DOM order: those of its own tree or, when it
 * has none, those in the open shadow roots of its custom elements. Hidden,
 * disabled, read-only and opted-out inputs and look-alikes (card, postal, promo,
 * captcha, search, login fields) are left out.
 */
export function detectFields(root: SearchRoot, options: DetectOptions = {}): DetectedField[] {
  const isVisible = options.isVisible ?? isRendered;
  const describer = createFieldDescriber();
  const fields = fieldsAmong(inputsOf(root), describer, isVisible);
  if (fields.length > 0) return fields;
  return openShadowRoots(root).flatMap((shadow) => fieldsAmong(inputsOf(shadow), describer, isVisible));
}
