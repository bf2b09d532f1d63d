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
import type { AccountIcon, AccountView, SiteLink } from './accounts/model';
import type { OtpAccount } from './otp/account';
import type { Settings } from './settings';

/** Who sent a message, as established by the worker from `sender`, never from the payload. */
export type Caller = 'extension-page' | 'content-script';

interface Message<Request, Response> {
  request: Request;
  response: Response;
}

export type VaultState = 'uninitialized' | 'locked' | 'unlocked';

export interface VaultStatus {
  state: VaultState;
  /** After repeated wrong passwords: when the next attempt is allowed (epoch ms). */
  retryAt?: number;
}

/** A generated code for display: the current one and, near the end of its period, the next. */
export interface CodeView {
  id: string;
  code: string;
  /** Epoch ms at which `code` stops being valid (time-based types). */
  validUntil?: number;
  next?: string;
}

export type NewAccount = Omit<OtpAccount, 'issuer' | 'label'> & {
  issuer: string;
  label: string;
  sites?: SiteLink[];
  icon?: AccountIcon;
};

export interface AccountChanges {
  id: string;
  issuer?: string;
  label?: string;
  pinned?: boolean;
  sites?: SiteLink[];
  icon?: AccountIcon;
  note?: string;
}

export interface Protocol {
  /** Liveness check; any Twofold context may call it. */
  ping: Message<void, { pong: true; version: string }>;

  'vault.status': Message<void, VaultStatus>;
  'vault.setup': Message<{ password: string }, VaultStatus>;
  'vault.unlock': Message<{ password: string }, VaultStatus>;
  'vault.lock': Message<void, VaultStatus>;
  'vault.changePassword': Message<{ current: string; next: string }, void>;
  /** The user did something in Twofold's own UI: push the auto-lock deadline back. */
  'vault.activity': Message<void, void>;

  'accounts.list': Message<void, AccountView[]>;
  'accounts.add': Message<NewAccount, AccountView>;
  'accounts.update': Message<AccountChanges, AccountView>;
  'accounts.delete': Message<{ ids: string[] }, void>;
  'accounts.reorder': Message<{ ids: string[] }, void>;
  /** Show the secret again (for moving an account): needs the password again. */
  'accounts.reveal': Message<{ id: string; password: string }, { secret: string; uri: string }>;

  /** Current codes of time-based accounts (and the last issued HOTP code). */
  'codes.get': Message<{ ids: string[] }, CodeView[]>;
  /** Issue the next HOTP code: the counter is saved before the code is returned. */
  'codes.nextHotp': Message<{ id: string }, CodeView>;

  'settings.get': Message<void, Settings>;
  'settings.update': Message<Partial<Settings>, Settings>;
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
