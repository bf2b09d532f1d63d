/**
 * Answers the worker's messages to this document (TabProtocol). Only our own
 * extension can send to a content script. A handler that returns undefined leaves
 * the message to another frame (the shortcut goes to every frame of the tab).
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { serializeError } from '@/utils/errors';
import { isWireMessage, type TabMessageType, type TabProtocol } from '@/utils/messaging';

export type TabHandlers = {
  [K in TabMessageType]: (payload: TabProtocol[K]['request']) => Promise<TabProtocol[K]['response']> | undefined;
};

export function answerWorker(ctx: ContentScriptContext, handlers: TabHandlers): void {
  const listener = (message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void): boolean => {
    if (!isWireMessage(message) || !Object.hasOwn(handlers, message.type)) return false;
    const handle = handlers[message.type as TabMessageType] as (payload: unknown) => Promise<unknown> | undefined;
    const reply = handle(message.payload);
    if (!reply) return false;
    reply.then(
      (value) => sendResponse({ ok: true, value }),
      (error: unknown) => sendResponse({ ok: false, error: serializeError(error) }),
    );
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
