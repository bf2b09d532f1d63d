/** One handler per protocol message; each states who may call it. */
import { browser } from 'wxt/browser';
import type { HandlerTable } from './router';
import { expectNoPayload } from './payload';

export function createHandlers(): HandlerTable {
  return {
    ping: {
      callers: ['extension-page', 'content-script'],
      parse: expectNoPayload,
      handle: async () => ({ pong: true, version: browser.runtime.getManifest().version }),
    },
  };
}
