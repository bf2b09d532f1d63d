/**
 * The one message protocol between Twofold's parts and the service worker.
 *
 * Every message is listed in `Protocol` with its request and response types.
 * The worker registers exactly one handler per entry (entrypoints/background/handlers.ts),
 * and each handler declares which callers may use it; the sender is checked there,
 * never trusted from the payload.
 */
import { browser } from 'wxt/browser';
import { reviveError, TwofoldError, type SerializedError } from './errors';

/** Who sent a message, as established by the worker from `sender`, never from the payload. */
export type Caller = 'extension-page' | 'content-script';

interface Message<Request, Response> {
  request: Request;
  response: Response;
}

export interface Protocol {
  /** Liveness check; any Twofold context may call it. */
  ping: Message<void, { pong: true; version: string }>;
}

export type MessageType = keyof Protocol;
export type RequestOf<K extends MessageType> = Protocol[K]['request'];
export type ResponseOf<K extends MessageType> = Protocol[K]['response'];

/** What travels over `runtime.sendMessage`. The marker keeps foreign messages apart. */
export interface WireMessage<K extends MessageType = MessageType> {
  twofold: 1;
  type: K;
  payload: RequestOf<K>;
}

export type WireReply<K extends MessageType = MessageType> =
  | { ok: true; value: ResponseOf<K> }
  | { ok: false; error: SerializedError };

export function isWireMessage(value: unknown): value is { twofold: 1; type: string; payload: unknown } {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { twofold?: unknown }).twofold === 1 &&
    typeof (value as { type?: unknown }).type === 'string'
  );
}

/**
 * Send a typed message to the worker. Resolves with the response, or throws the
 * worker's `TwofoldError` (same code and user message) when it refused or failed.
 */
export async function sendToWorker<K extends MessageType>(
  type: K,
  ...[payload]: RequestOf<K> extends void ? [] : [RequestOf<K>]
): Promise<ResponseOf<K>> {
  const message: WireMessage<K> = { twofold: 1, type, payload: payload as RequestOf<K> };
  const reply = (await browser.runtime.sendMessage(message)) as WireReply<K> | undefined;
  if (!reply || typeof reply !== 'object') {
    throw new TwofoldError('no-reply', 'Twofold’s background service did not answer. Please try again.');
  }
  if (reply.ok) return reply.value;
  throw reviveError(reply.error);
}
