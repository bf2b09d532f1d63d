/**
 * Dispatches protocol messages to their single handler after checking the sender
 * and the payload's shape. Errors leave as `SerializedError` values.
 */
import { serializeError, TwofoldError } from '@/utils/errors';
import { isWireMessage, type Caller, type MessageType, type RequestOf, type ResponseOf, type WireReply } from '@/utils/messaging';
import { classifySender, type SenderContext, type SenderLike } from './sender';
import { t } from '@/utils/i18n/translate';

export interface Handler<K extends MessageType> {
  /** Who may call this message. */
  callers: readonly Caller[];
  /** Validate the untrusted payload; throw a `TwofoldError('bad-request', …)` when it is malformed. */
  parse(payload: unknown): RequestOf<K>;
  handle(request: RequestOf<K>, sender: SenderContext): Promise<ResponseOf<K>>;
}

export type HandlerTable = { [K in MessageType]: Handler<K> };

export interface RouterIdentity {
  runtimeId: string;
  extensionOrigin: string;
}

export function createRouter(handlers: HandlerTable, identity: RouterIdentity) {
  return async function route(message: unknown, sender: SenderLike): Promise<WireReply> {
    try {
      const context = classifySender(sender, identity.runtimeId, identity.extensionOrigin);
      if (!context) throw new TwofoldError('forbidden', t('errors.request.notFromTwofold'));
      if (!isWireMessage(message)) throw new TwofoldError('bad-request', t('errors.request.malformed'));
      if (!Object.hasOwn(handlers, message.type)) {
        throw new TwofoldError('unknown-message', t('errors.request.unknown'));
      }
      const handler = handlers[message.type as MessageType] as unknown as Handler<MessageType>;
      if (!handler.callers.includes(context.caller)) {
        throw new TwofoldError('forbidden', t('errors.request.forbidden'));
      }
      const request = handler.parse(message.payload);
      return { ok: true, value: await handler.handle(request, context) };
    } catch (error) {
      return { ok: false, error: serializeError(error) };
    }
  };
}
