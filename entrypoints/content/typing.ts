/**
 * When the person last typed into each field (trusted input events only), so a
 * fill never overwrites what someone is typing.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

const TYPING_PAUSE_MS = 1_500;
const typedAt = new WeakMap<EventTarget, number>();

export function recordTyping(input: EventTarget, at: number): void {
  typedAt.set(input, at);
}

export function trackTyping(ctx: ContentScriptContext): void {
  ctx.addEventListener(
    document,
    'input',
    (event) => {
      const [target] = event.composedPath();
      if (event.isTrusted && target) recordTyping(target, Date.now());
    },
    { capture: true },
  );
}

/** Holds text the person typed within the last moment. */
export function isBeingTyped(input: HTMLInputElement, now = Date.now()): boolean {
  const at = typedAt.get(input);
  return input.value !== '' && at !== undefined && now - at < TYPING_PAUSE_MS;
}
