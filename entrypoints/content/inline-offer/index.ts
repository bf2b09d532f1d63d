/**
 * The small "fill" button beside a detected one-time-code field. It never shows
 * the code; it only starts a fill, on a real click the person could see. It
 * refuses and closes when anything looks wrong (guard.ts, and the browser's own
 * occlusion tracking where it has one), ignores clicks in the first ARM_DELAY_MS
 * after it appeared or moved, and turns itself off for the page when its
 * surroundings change in a storm (storm.ts).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { BUTTON_SIZE, createButtonHost, placeButtonHost } from './button';
import { looksIntact, topLayerNow } from './guard';
import { watchForStorm, type StormWatch } from './storm';

const ARM_DELAY_MS = 500;
const CHECK_EVERY_MS = 200;
const GAP = 4;

export interface InlineOffer {
  show(): void;
  isShown(): boolean;
}

interface Shown {
  host: HTMLElement;
  storm: StormWatch;
  occlusion: IntersectionObserver;
  topLayerBefore: Set<Element>;
  timer: number;
  /** The field's box the button was placed against. */
  placedFor: string;
  /** When the button appeared or last moved: clicks before ARM_DELAY_MS after it are refused. */
  armedAt: number;
  /** IntersectionObserver v2's verdict (Chromium): nothing covers, fades or transforms the button. */
  unobstructed: boolean;
}

/** The field's box: boxes come in reading order, so the first and last span a split field. */
function boxOf(inputs: readonly HTMLInputElement[]): { left: number; top: number; right: number; width: number; height: number } {
  const first = inputs[0]!.getBoundingClientRect();
  const last = inputs[inputs.length - 1]!.getBoundingClientRect();
  return { left: first.left, top: first.top, right: last.right, width: last.right - first.left, height: last.bottom - first.top };
}

export function createInlineOffer(
  ctx: ContentScriptContext,
  inputs: readonly HTMLInputElement[],
  fill: (inputs: readonly HTMLInputElement[]) => Promise<void>,
): InlineOffer {
  let shown: Shown | null = null;
  let disabled = false;

  /** Puts the button at the field's right end; a move re-arms it. False when the field is gone from view. */
  function place(current: Shown): boolean {
    const box = boxOf(inputs);
    if (box.width === 0 || box.height === 0) return false;
    const key = `${box.left},${box.top},${box.width},${box.height}`;
    if (key === current.placedFor) return true;
    const inside = inputs.length === 1 && box.width >= 4 * BUTTON_SIZE;
    placeButtonHost(current.host, inside ? box.right - BUTTON_SIZE - GAP : box.right + GAP, box.top + (box.height - BUTTON_SIZE) / 2);
    current.storm.ignoreOwnChanges();
    current.placedFor = key;
    current.armedAt = performance.now();
    return true;
  }

  function close(): void {
    if (!shown) return;
    clearInterval(shown.timer);
    shown.storm.stop();
    shown.occlusion.disconnect();
    shown.host.remove();
    shown = null;
  }

  function onClick(event: MouseEvent): void {
    const current = shown;
    if (!current) return;
    // `place` re-arms the button when the field moved since it was last placed (moved under the cursor).
    // When the person clicked, not when the handler runs: a page that blocks its main thread must
    // not turn an early click into a late one.
    const armed = place(current) && event.timeStamp - current.armedAt >= ARM_DELAY_MS;
    const acceptable = event.isTrusted && armed && current.unobstructed && looksIntact(current.host, current.topLayerBefore);
    close();
    // A refused fill (no linked account, field being typed in) has nothing to show here.
    if (acceptable) fill(inputs).catch(() => undefined);
  }

  function show(): void {
    if (disabled || shown || ctx.isInvalid) return;
    const host = createButtonHost(onClick);
    const current: Shown = {
      host,
      storm: watchForStorm(host, () => {
        disabled = true;
        close();
      }),
      occlusion: new IntersectionObserver(
        (entries) => (current.unobstructed = (entries.at(-1) as { isVisible?: boolean } | undefined)?.isVisible ?? true),
        { trackVisibility: true, delay: 100 } as IntersectionObserverInit,
      ),
      topLayerBefore: topLayerNow(),
      timer: 0,
      placedFor: '',
      armedAt: 0,
      unobstructed: false,
    };
    (document.body ?? document.documentElement).append(host);
    shown = current;
    if (!place(current)) return close();
    host.showPopover();
    current.occlusion.observe(host);
    current.timer = ctx.setInterval(() => {
      if (!looksIntact(host, current.topLayerBefore) || !place(current)) close();
    }, CHECK_EVERY_MS);
  }

  // The interval follows any move; scrolling deserves a button that keeps up at once.
  ctx.addEventListener(window, 'scroll', () => shown && !place(shown) && close(), { capture: true });
  ctx.onInvalidated(close);
  return { show, isShown: () => shown !== null };
}
