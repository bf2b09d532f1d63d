/**
 * Finds the page's code fields: once when the page is idle and, while there are
 * none, again after the page changes (single-page apps), at most once per
 * DETECT_DELAY_MS. Once a field is found the observer stops for good.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { detectFields, type DetectedField } from '@/utils/detect';

const DETECT_DELAY_MS = 400;
// Attributes that reveal a field already in the page (a hidden step of a login form shown).
const REVEALING_ATTRIBUTES = ['hidden', 'style', 'class', 'type', 'disabled'];

/** Text updates (clocks, counters) cannot add a field: skip them without looking. */
function mayAddField(records: MutationRecord[]): boolean {
  return records.some((record) => record.type === 'attributes' || [...record.addedNodes].some((node) => node.nodeType === Node.ELEMENT_NODE));
}

/** Calls `onFound` once; returns the current fields, found again if the page replaced them. */
export function watchForFields(ctx: ContentScriptContext, onFound: (fields: DetectedField[]) => void): () => DetectedField[] {
  let found: DetectedField[] = [];
  let scheduled = false;
  const look = (): boolean => {
    found = detectFields(document);
    if (found.length === 0) return false;
    observer.disconnect();
    onFound(found);
    return true;
  };
  const observer = new MutationObserver((records) => {
    if (scheduled || !mayAddField(records)) return;
    scheduled = true;
    ctx.setTimeout(() => {
      scheduled = false;
      look();
    }, DETECT_DELAY_MS);
  });
  ctx.onInvalidated(() => observer.disconnect());
  if (!look()) {
    observer.observe(document.documentElement, { childList: true, subtree: true, attributeFilter: REVEALING_ATTRIBUTES });
  }
  return () => {
    const stale = found.length === 0 || found.some(({ inputs }) => inputs.some((input) => !input.isConnected));
    // Only on a person's request (a fill), never in the background.
    if (stale) found = detectFields(document);
    return found;
  };
}
