/**
 * Clears a copied code (or copied backup codes) from the clipboard 30 s later if it is still there.
 * The popup cannot do it (it closes when focus leaves) and the worker has no DOM:
 * on Chrome an offscreen document (reason CLIPBOARD) holds the timer; Firefox's
 * background is an event page with a DOM and holds it itself.
 */
import { browser } from 'wxt/browser';
import { createClipboardClearer, type ClipboardClearer } from '@/utils/clipboard/clear-later';
import { domClipboard } from '@/utils/clipboard/dom-clipboard';
import { clearClipboardLaterMessage } from '@/utils/clipboard/offscreen-message';
import { deliverUntilAcknowledged } from '@/utils/clipboard/deliver-until-acknowledged';
import { badRequest, expectRecord, expectString } from './payload';

const OFFSCREEN_PATH = '/offscreen.html';
/** A code, or a set of backup codes with its two-line heading (the popup's Copy). */
const MAX_CLEARABLE_LENGTH = 4_096;

let inPageClearer: ClipboardClearer | undefined;
let creating: Promise<void> | undefined;

export function parseClearRequest(payload: unknown): { text: string } {
  const text = expectString(expectRecord(payload, 'clipboard').text, 'clipboard text', MAX_CLEARABLE_LENGTH);
  if (text.length === 0) throw badRequest('clipboard text');
  return { text };
}

export async function clearClipboardLater(text: string): Promise<void> {
  if (import.meta.env.FIREFOX) {
    inPageClearer ??= createClipboardClearer(domClipboard(document));
    inPageClearer.schedule(text);
    return;
  }
  // Each attempt makes sure the document exists: it may have closed itself since the last one.
  await deliverUntilAcknowledged(async () => {
    await ensureOffscreenDocument();
    return browser.runtime.sendMessage(clearClipboardLaterMessage(text));
  });
}

async function ensureOffscreenDocument(): Promise<void> {
  const url = browser.runtime.getURL(OFFSCREEN_PATH);
  const existing = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] });
  if (existing.length > 0) return;
  // Two copies in quick succession must not race to create two documents.
  creating ??= browser.offscreen
    .createDocument({ url, reasons: ['CLIPBOARD'], justification: 'Clear a copied two-factor code from the clipboard after 30 seconds.' })
    .finally(() => (creating = undefined));
  await creating;
}
