import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createHandlers } from './handlers';
import { createRouter } from './router';
import { originOf } from './sender';

export default defineBackground({
  type: 'module',
  main() {
    const route = createRouter(createHandlers(), {
      runtimeId: browser.runtime.id,
      extensionOrigin: originOf(new URL(browser.runtime.getURL('/'))),
    });
    // sendResponse + `return true` works in every browser we ship to; returning a
    // promise from the listener does not everywhere.
    browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
      void route(message, sender).then(sendResponse);
      return true;
    });
  },
});
