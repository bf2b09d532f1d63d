/**
 * Chrome's offscreen document (reason CLIPBOARD): the worker has no DOM and the
 * popup closes as soon as focus leaves it, so the delayed clipboard clearing
 * lives here. It closes itself once nothing is left to clear.
 */
import { browser } from 'wxt/browser';
import { createClipboardClearer } from '@/utils/clipboard/clear-later';
import { domClipboard } from '@/utils/clipboard/dom-clipboard';
import { isClearClipboardLater } from '@/utils/clipboard/offscreen-message';

const clearer = createClipboardClearer(domClipboard(document), { onIdle: () => window.close() });

browser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
  // Every protocol message to the worker passes here too: leave those alone.
  if (!isClearClipboardLater(message)) return;
  clearer.schedule(message.text);
  sendResponse(true);
});
