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
import { plainMessage } from './i18n/translate';
import type { AccountIcon, AccountView, FillChoice, SiteLink } from './accounts/model';
import type { SortMode } from './accounts/arrange';
import type {
  ExportRequest,
  ExportResult,
  ImportCommitRequest,
  ImportCommitResult,
  ImportPreview,
  ImportPreviewRequest,
} from './import-export';
import type { OtpAccount } from './otp/account';
import type { Settings } from './settings';
import type { FieldsFound, FillKind, FillOnPageRequest, FillTrigger, PageFillContext } from './fill-types';
import type { QrImageUpload, QrMigrationImportResult, QrRegionReply, QrScanState } from './qr/scan-view';
import type { BackupCodeSet, BackupCodeSource, BackupCodeSummary } from './backup-codes/model';
import type { BackupCodePageOffer } from './backup-codes/page-offer';

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

/** What the popup's first screen shows, in one round trip: the lock state and, when unlocked, the list. */
export interface PopupOpening {
  status: VaultStatus;
  list: FirstScreen | null;
}

export interface FirstScreen {
  /** Every account, in the worker's order. */
  accounts: AccountView[];
  /** The saved sort (the first rows depend on it). */
  sort: SortMode;
  /** Codes of the first rows as the popup arranges them. */
  codes: CodeView[];
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
  /** Set by the worker when the user picks an account to fill (extension pages cannot send it). */
  fillChoices?: FillChoice[];
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

  /** The popup opens: its lock state, and when unlocked the list with the codes of its first `rows` rows. */
  'popup.open': Message<{ rows: number }, PopupOpening>;

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

  /** Content script: its document has code fields. Origin, frame and tab come from `sender`; the reply says whether to show the inline button. */
  'page.fieldsFound': Message<FieldsFound, { offerInline: boolean }>;
  /** Content script: fill the field it knows by `requestId`. Every check happens here; the code goes only into the sender's document. */
  'fill.request': Message<{ requestId: string; kind: FillKind }, void>;
  /** Popup: what "Fill on page" can do on the active tab; null when it has no code field. */
  'fill.pageContext': Message<void, PageFillContext | null>;
  /** Popup: fill the active tab's code field (a one-time code, or a backup code marked used first) with this account; a field in a sub-frame only with `confirmFrame`. */
  'fill.onPage': Message<FillOnPageRequest, void>;

  /** A code was copied: clear it from the clipboard in 30 s if it is still there. */
  'clipboard.clearLater': Message<{ text: string }, void>;

  /** Parse a file in the worker; returns secret-free entry views under a preview id. */
  'import.preview': Message<ImportPreviewRequest, ImportPreview>;
  /** Write the chosen new entries of a preview, all or none. */
  'import.commit': Message<ImportCommitRequest, ImportCommitResult>;
  'import.cancel': Message<{ previewId: string }, void>;
  /** Needs the password again; an encrypted file may have its own password. */
  'export.create': Message<ExportRequest, ExportResult>;

  'settings.get': Message<void, Settings>;
  'settings.update': Message<Partial<Settings>, Settings>;

  /** Per account: how many backup codes are left (never the codes). */
  'backupCodes.list': Message<void, BackupCodeSummary[]>;
  /** Saves a new set for the account, superseding the old one. */
  'backupCodes.save': Message<{ accountId: string; codes: string[]; source: BackupCodeSource }, BackupCodeSummary>;
  /** The code handed out last did not work: it goes back to the unused ones. */
  'backupCodes.markUnused': Message<{ accountId: string }, BackupCodeSummary>;
  /** The codes themselves, to view, copy, download or print: needs the password again. */
  'backupCodes.reveal': Message<{ accountId: string; password: string }, BackupCodeSet>;
  /** Popup, as it opens: a block of backup codes on the active tab (activeTab), to confirm before saving; null when none. */
  'backupCodes.findOnPage': Message<void, BackupCodePageOffer | null>;

  /** Capture the visible tab (activeTab), find every QR code; nothing found: show the region-select overlay. */
  'qr.scanTab': Message<{ tabId: number }, QrScanState>;
  /** QR images the user loaded (file, drop, paste), decoded in the worker. */
  'qr.scanImages': Message<{ images: QrImageUpload[] }, QrScanState>;
  /** From the overlay (content script): the rectangle drawn, never an image. */
  'qr.region': Message<QrRegionReply, void>;
  /** The last scan, e.g. for a popup opened after a context-menu scan. */
  'qr.state': Message<void, QrScanState | null>;
  /** Save a pending account from a QR code, with the names the user chose. */
  'qr.confirm': Message<{ pendingId: string; issuer: string; label: string }, AccountView>;
  /** Save the chosen accounts of a Google Authenticator export. */
  'qr.importMigration': Message<{ pendingIds: string[] }, QrMigrationImportResult>;
  /** Forget every pending QR account and the last scan. */
  'qr.discard': Message<void, void>;
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
    // plainMessage, not t: this module is in the content script too (utils/i18n/translate.ts).
    throw new TwofoldError('no-reply', plainMessage('errors.noReply.worker'));
  }
  if (reply.ok) return reply.value;
  throw reviveError(reply.error);
}

/** Messages the worker sends to a content script (`tabs.sendMessage`); replies travel as `WireReply`. */
export interface TabProtocol {
  /** Start a fill: the content script picks the field and answers with its own `fill.request`. */
  'fill.begin': Message<{ trigger: FillTrigger; kind: FillKind }, void>;
  /** The code for a request the content script issued; anything else is ignored. */
  'fill.deliver': Message<{ requestId: string; code: string }, { filled: boolean }>;
}

export type TabMessageType = keyof TabProtocol;

/** One document when `documentId` is given (a frame that navigated meanwhile gets nothing), else a frame, else every frame. */
export interface TabTarget {
  tabId: number;
  frameId?: number;
  documentId?: string;
}

/** Send a typed message to content scripts of a tab; throws the content script's `TwofoldError`. */
export async function sendToTab<K extends TabMessageType>(
  target: TabTarget,
  type: K,
  payload: TabProtocol[K]['request'],
): Promise<TabProtocol[K]['response']> {
  const options = target.documentId ? { documentId: target.documentId } : target.frameId === undefined ? {} : { frameId: target.frameId };
  const reply = (await browser.tabs.sendMessage(target.tabId, { twofold: 1, type, payload }, options)) as
    | { ok: true; value: TabProtocol[K]['response'] }
    | { ok: false; error: SerializedError }
    | undefined;
  if (!reply || typeof reply !== 'object') {
    throw new TwofoldError('no-reply', plainMessage('errors.noReply.page'));
  }
  if (reply.ok) return reply.value;
  throw reviveError(reply.error);
}
