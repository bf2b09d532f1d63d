/**
 * What `wxt/utils/content-script-context` is in the content script's build
 * (wxt.config.ts): WXT's context for the members Twofold uses, without its cost at
 * startup. WXT's reads the extension API when its class is defined and announces
 * itself to older copies of the script (a DOM event and a window message), 2–3 ms
 * on every page; this one keeps a list of clean-ups. (An AbortController would do
 * too, but the first one in a page's isolated world costs a few tenths of a
 * millisecond to set up: its signal is made only if someone asks for it.) Like
 * WXT's, it is invalidated when the extension is reloaded or updated under the page
 * (the API is gone then), checked when one of its timers fires or `isInvalid` is
 * read. The handshake with a newer copy is left out: only WXT's development server
 * injects one into a page.
 */
import type { ContentScriptContext as WxtContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';

type Used = 'signal' | 'isInvalid' | 'onInvalidated' | 'setTimeout' | 'setInterval' | 'addEventListener';

export class ContentScriptContext implements Pick<WxtContext, Used> {
  /** What to undo when invalidated; null once it is. */
  private cleanups: Set<() => void> | null = new Set();
  private controller: AbortController | undefined;

  get signal(): AbortSignal {
    if (!this.controller) {
      const controller = (this.controller = new AbortController());
      this.onInvalidated(() => controller.abort());
    }
    return this.controller.signal;
  }

  get isInvalid(): boolean {
    if (this.cleanups && browser.runtime?.id == null) {
      const cleanups = this.cleanups;
      this.cleanups = null;
      for (const cleanup of cleanups) cleanup();
    }
    return this.cleanups === null;
  }

  onInvalidated(callback: () => void): () => void {
    if (!this.cleanups) {
      callback();
      return () => undefined;
    }
    const cleanups = this.cleanups;
    cleanups.add(callback);
    return () => void cleanups.delete(callback);
  }

  setTimeout(handler: () => void, timeout?: number): number {
    const id = window.setTimeout(() => this.isInvalid || handler(), timeout);
    this.onInvalidated(() => clearTimeout(id));
    return id;
  }

  setInterval(handler: () => void, timeout?: number): number {
    const id = window.setInterval(() => this.isInvalid || handler(), timeout);
    this.onInvalidated(() => clearInterval(id));
    return id;
  }

  addEventListener(target: EventTarget, type: string, handler: (event: Event) => void, options?: AddEventListenerOptions): void {
    const capture = options?.capture ?? false;
    target.addEventListener(type, handler, options);
    this.onInvalidated(() => target.removeEventListener(type, handler, capture));
  }
}
