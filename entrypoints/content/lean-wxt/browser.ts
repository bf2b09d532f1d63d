/**
 * What `wxt/browser` is in the content script's build (wxt.config.ts): the same
 * extension API, looked up when first used. WXT's module looks it up as the script
 * loads, and the first touch of the API builds its bindings, about a millisecond
 * on every page, most of which never need it.
 */
import type { WxtBrowser } from 'wxt/browser';

type Scope = { browser?: WxtBrowser; chrome?: WxtBrowser };

/** WXT's own choice: Firefox's `browser` when it is the extension's, else Chrome's `chrome`. */
function extensionApi(): WxtBrowser {
  const scope = globalThis as unknown as Scope;
  return (scope.browser?.runtime?.id ? scope.browser : scope.chrome) as WxtBrowser;
}

export const browser = new Proxy({} as WxtBrowser, {
  get: (_target, name) => extensionApi()[name as keyof WxtBrowser],
});
