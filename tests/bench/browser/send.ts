/**
 * Sends a protocol message from an extension page, as the popup does, and
 * times it in the page: the figure includes the message round trip.
 */
import type { Page } from 'playwright-core';
import type { MessageType, RequestOf, ResponseOf, WireMessage, WireReply } from '../../../utils/messaging';

export interface Timed<T> {
  value: T;
  ms: number;
}

export async function sendTimed<K extends MessageType>(page: Page, type: K, payload?: RequestOf<K>): Promise<Timed<ResponseOf<K>>> {
  const message = { twofold: 1, type, payload } as WireMessage<K>;
  const { reply, ms } = await page.evaluate(async (wire) => {
    const start = performance.now();
    const answer = (await chrome.runtime.sendMessage(wire)) as unknown;
    return { reply: answer, ms: performance.now() - start };
  }, message);
  const wireReply = reply as WireReply<K>;
  if (!wireReply.ok) throw new Error(`${type} failed: ${wireReply.error.code}`);
  return { value: wireReply.value, ms };
}
