/**
 * Instruments for the popup-open figure, run inside the popup page before its
 * own scripts (addInitScript). Self-contained: Playwright serialises each
 * function into the page.
 */
export interface FirstCodesTiming {
  /** performance.now() (ms since navigation start) in the first animation frame after every on-screen code is in the DOM: the frame that paints them. */
  frameMs: number;
  rows: number;
  /** When the document was parsed and its scripts run (DOMContentLoaded's end). */
  readyMs: number;
  /** Each protocol message the popup sent before that frame: [type, sent, answered]. */
  messages: Array<[string, number, number]>;
}

/**
 * Resolves `window.__benchFirstCodes` when every on-screen account row first has
 * its code. "On screen": the row's box meets the viewport and every clipping
 * ancestor's box (the list scrolls inside the popup, and a virtual list keeps a
 * few rows out of view). Layout is read only once a code is in the DOM, so the
 * probe forces no extra layout while the popup starts.
 */
export function installFirstCodesProbe(): void {
  const messages: Array<[string, number, number]> = [];
  // Times every message the popup sends (`browser` is `chrome` in Chromium).
  const runtime = chrome.runtime as { sendMessage(...args: unknown[]): Promise<unknown> };
  const send = runtime.sendMessage.bind(runtime);
  runtime.sendMessage = (...args: unknown[]) => {
    const sent = performance.now();
    const reply = send(...args);
    const type = String((args[0] as { type?: unknown } | undefined)?.type);
    void Promise.resolve(reply).finally(() => messages.push([type, sent, performance.now()]));
    return reply;
  };

  const target = window as unknown as { __benchFirstCodes?: Promise<FirstCodesTiming> };
  target.__benchFirstCodes = new Promise((resolve) => {
    const meets = (a: DOMRect, b: { top: number; bottom: number; left: number; right: number }) =>
      a.bottom > b.top && a.top < b.bottom && a.right > b.left && a.left < b.right;
    const onScreen = (element: Element): boolean => {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) return false;
      if (!meets(box, { top: 0, left: 0, bottom: innerHeight, right: innerWidth })) return false;
      for (let parent = element.parentElement; parent; parent = parent.parentElement) {
        if (getComputedStyle(parent).overflowY !== 'visible' && !meets(box, parent.getBoundingClientRect())) return false;
      }
      return true;
    };
    const observer = new MutationObserver(() => {
      if (!document.querySelector('[data-testid="account-code"]')) return;
      const rows = [...document.querySelectorAll('[data-testid="account-row"]')].filter(onScreen);
      if (rows.length === 0 || !rows.every((row) => row.querySelector('[data-testid="account-code"]'))) return;
      observer.disconnect();
      requestAnimationFrame(() => {
        const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
        const readyMs = navigation?.domContentLoadedEventEnd ?? Number.NaN;
        resolve({ frameMs: performance.now(), rows: rows.length, readyMs, messages: [...messages] });
      });
    });
    observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
  });
}
