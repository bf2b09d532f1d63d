/**
 * Finds the page's code fields: once when the page is idle and, while there are
 * none, again where the page changed (single-page apps), at most once per
 * DETECT_DELAY_MS. Only the parts that could now hold a field are looked at: an
 * added subtree with an input or a custom element in it, an element shown or
 * enabled around an input; a busy page's other changes (feeds, clocks, ads) cost
 * a selector match each. Once a field is found the observer stops for good.
 *
 * This runs in the always-loaded part of the content script: it never runs the
 * detector itself. `detect` does, in the detector's part (fields-part.ts), which
 * is loaded only once a page holds something a field could be (an input a code
 * can be typed into, or an open shadow root): most pages never load it.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { DetectedField, SearchRoot } from '@/utils/detect/types';
import { documentMayHoldField, mayHoldField } from '@/utils/detect/collect-inputs';

const DETECT_DELAY_MS = 400;
// Attributes that reveal a field already in the page (a hidden step of a login form shown).
const REVEALING_ATTRIBUTES = ['hidden', 'style', 'class', 'type', 'disabled'];

/** The detector: the fields under each root, in order. */
export type Detect = (roots: readonly SearchRoot[]) => Promise<DetectedField[]>;

/** Where records say the page changed: added elements, and elements whose revealing attributes changed. */
function changedElements(records: readonly MutationRecord[]): Element[] {
  return records
    .flatMap((record) => (record.type === 'attributes' ? [record.target] : [...record.addedNodes]))
    .filter((node): node is Element => node instanceof Element);
}

/** The elements not inside another of them, still in the page: each part is looked at once. */
function outermost(elements: ReadonlySet<Element>): Element[] {
  const isInsideAnother = (element: Element): boolean => {
    for (let ancestor = element.parentElement; ancestor; ancestor = ancestor.parentElement) if (elements.has(ancestor)) return true;
    return false;
  };
  return [...elements].filter((element) => element.isConnected && !isInsideAnother(element));
}

/** Calls `onFound` once; returns the current fields, found again if the page replaced them. */
export function watchForFields(
  ctx: ContentScriptContext,
  detect: Detect,
  onFound: (fields: DetectedField[]) => void,
): () => Promise<DetectedField[]> {
  let found: DetectedField[] = [];
  let done = false;
  const changed = new Set<Element>();
  const report = (fields: DetectedField[]): void => {
    found = fields;
    if (done || found.length === 0 || ctx.isInvalid) return;
    done = true;
    observer.disconnect();
    onFound(found);
  };
  const look = (roots: readonly SearchRoot[]): void => {
    detect(roots).then(report, () => undefined);
  };
  const observer = new MutationObserver((records) => {
    const waiting = changed.size > 0;
    for (const element of changedElements(records)) if (mayHoldField(element)) changed.add(element);
    if (waiting || changed.size === 0) return;
    ctx.setTimeout(() => {
      const parts = outermost(changed);
      changed.clear();
      if (!done) look(parts);
    }, DETECT_DELAY_MS);
  });
  ctx.onInvalidated(() => observer.disconnect());
  observer.observe(document.documentElement, { childList: true, subtree: true, attributeFilter: REVEALING_ATTRIBUTES });
  if (documentMayHoldField(document)) look([document]);
  return async () => {
    const stale = found.length === 0 || found.some(({ inputs }) => inputs.some((input) => !input.isConnected));
    // Only on a person's request (a fill), never in the background.
    if (stale) found = await detect([document]);
    return found;
  };
}
