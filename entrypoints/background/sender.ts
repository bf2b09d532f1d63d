/**
 * Establish who sent a message from what the browser says (`runtime.MessageSender`),
 * never from the payload. Content scripts share our extension id (`sender.id`), so
 * the origin of the sending document decides: an extension page lives on the
 * extension origin in a top-level frame; everything else is an (untrusted) content script.
 */
import type { Caller } from '@/utils/messaging';

export interface SenderLike {
  id?: string;
  url?: string;
  origin?: string;
  frameId?: number;
  documentId?: string;
  tab?: { id?: number };
}

export type SenderContext =
  | { caller: 'extension-page'; url: string }
  | { caller: 'content-script'; tabId: number; frameId: number; documentId?: string; origin: string; url: string };

export function classifySender(sender: SenderLike, runtimeId: string, extensionOrigin: string): SenderContext | null {
  if (sender.id !== runtimeId || !sender.url) return null;
  const url = safeUrl(sender.url);
  if (!url) return null;
  if (originOf(url) === extensionOrigin) {
    // The popup has no tab; an extension page opened in a tab must be its top frame.
    const topFrame = sender.frameId === undefined || sender.frameId === 0;
    return topFrame ? { caller: 'extension-page', url: sender.url } : null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const tabId = sender.tab?.id;
  if (tabId === undefined || sender.frameId === undefined) return null;
  // Chrome reports the frame's real origin (right for about:blank/srcdoc frames too).
  const origin = sender.origin ?? url.origin;
  return { caller: 'content-script', tabId, frameId: sender.frameId, documentId: sender.documentId, origin, url: sender.url };
}

export function callerAllowed(context: SenderContext, callers: readonly Caller[]): boolean {
  return callers.includes(context.caller);
}

/**
 * `URL.origin` is "null" for non-special schemes outside Chromium (Node, some
 * engines), so build scheme://host ourselves; it is what the browser uses for
 * chrome-extension:// and moz-extension:// pages.
 */
export function originOf(url: URL): string {
  return `${url.protocol}//${url.host}`;
}

function safeUrl(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}
