/**
 * The one message the worker sends to its offscreen document (Chrome). It is not
 * part of the worker protocol (utils/messaging.ts): it flows the other way, from
 * the worker to a page, and carries its own marker so neither side mistakes it.
 */
export interface ClearClipboardLater {
  twofoldOffscreen: 1;
  type: 'clipboard.clearLater';
  text: string;
}

export function clearClipboardLaterMessage(text: string): ClearClipboardLater {
  return { twofoldOffscreen: 1, type: 'clipboard.clearLater', text };
}

export function isClearClipboardLater(value: unknown): value is ClearClipboardLater {
  const message = value as Partial<ClearClipboardLater> | null;
  return typeof message === 'object' && message !== null && message.twofoldOffscreen === 1 && message.type === 'clipboard.clearLater' && typeof message.text === 'string';
}
