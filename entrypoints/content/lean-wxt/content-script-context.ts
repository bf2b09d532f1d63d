/**
 * What `wxt/utils/content-script-context` is in the content script's build
 * (wxt.config.ts): WXT's context for the members Twofold uses, without its cost at
 * startup. WXT's reads the extension API when its class is defined and announces
 * itself to older copies of the script (a DOM event and a window message), 2–3 ms
 * on every page; this one costs an AbortController. Like WXT's, it is invalidated
 * when the extension is reloaded or updated under the page (the API is gone then),
 * checked when one of its timers fires or `isInvalid` is read. The handshake with a
 * newer copy is left out: only WXT's development server injects one into a page.
 */
import type { ContentScriptContext as WxtContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';

type Used = 'signal' | 'isInvalid' | 'onInvalidated' | 'setTimeout' | 'setInterval' | 'addEventListener';

export class ContentScriptContext implements Pick<WxtContext, Used> {
  private readonly controller = new AbortController();

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get isInvalid(): boolean {
    if (browser.runtime?.id == null) this.controller.abort();
    return this.signal.aborted;
  }

  onInvalidated(callback: () => void): () => void {
    this.signal.addEventListener('abort', callback);
    return () => this.signal.removeEventListener('abort', callback);
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
    target.addEventListener(type, handler, { ...options, signal: this.signal });
  }
}
