/**
 * Finds the page's code fields: once when the page is idle and, while there are
 * none, again where the page changed (single-page apps), at most once per
 * DETECT_DELAY_MS. Only the parts that could now hold a field are looked at: an
 * added subtree with an input or a custom element in it, an element shown or
 * enabled around an input; a busy page's other changes (feeds, clocks, ads) cost
 * a selector match each. Once a field is found the observer stops for good.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { detectFields, type DetectedField } from '@/utils/detect';
import { mayHoldField } from '@/utils/detect/collect-inputs';

const DETECT_DELAY_MS = 400;
// Attributes that reveal a field already in the page (a hidden step of a login form shown).
const REVEALING_ATTRIBUTES = ['hidden', 'style', 'class', 'type', 'disabled'];

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
export function watchForFields(ctx: ContentScriptContext, onFound: (fields: DetectedField[]) => void): () => DetectedField[] {
  let found: DetectedField[] = [];
  const changed = new Set<Element>();
  const report = (fields: DetectedField[]): boolean => {
    found = fields;
    if (found.length === 0) return false;
    observer.disconnect();
    onFound(found);
    return true;
  };
  const observer = new MutationObserver((records) => {
    const waiting = changed.size > 0;
    for (const element of changedElements(records)) if (mayHoldField(element)) changed.add(element);
    if (waiting || changed.size === 0) return;
    ctx.setTimeout(() => {
      const parts = outermost(changed);
      changed.clear();
      report(parts.flatMap((part) => detectFields(part)));
    }, DETECT_DELAY_MS);
  });
  ctx.onInvalidated(() => observer.disconnect());
  if (!report(detectFields(document))) {
    observer.observe(document.documentElement, { childList: true, subtree: true, attributeFilter: REVEALING_ATTRIBUTES });
  }
  return () => {
    const stale = found.length === 0 || found.some(({ inputs }) => inputs.some((input) => !input.isConnected));
    // Only on a person's request (a fill), never in the background.
    if (stale) found = detectFields(document);
    return found;
  };
}
