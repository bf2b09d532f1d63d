/**
 * Filling codes into pages. Every fill, however it started (popup, shortcut,
 * context menu, inline button), ends in one `fill.request` from a content script
 * and passes `request()` below: the origin, frame and document are the browser's
 * (`sender`), the account must be linked to that origin, a sub-frame needs the
 * user's confirmation in the popup, and the code goes only into that document.
 * A backup code is filled only after the user asked for it in the popup, and is
 * marked used before it leaves the worker.
 */
import { browser } from 'wxt/browser';
import type { AccountView } from '@/utils/accounts/model';
import { TwofoldError } from '@/utils/errors';
import type { FieldsFound, FillKind, FillOnPageRequest, PageFillContext } from '@/utils/fill-types';
import { sendToTab } from '@/utils/messaging';
import { resemblesIssuer } from '@/utils/site-match';
import type { AccountService } from './account-service';
import type { BackupCodeService } from './backup-code-service';
import { showMatchCount } from './badge';
import { accountToFill, frameRefusal, linkedAccounts, withChoice } from './fill-policy';
import { framesOfTab, recordFrameFields } from './page-fields';
import { t } from '@/utils/i18n/translate';

/** A content script as the browser identified it. */
export interface FillSender {
  tabId: number;
  frameId: number;
  documentId?: string;
  origin: string;
}

/** The popup's choice, waiting for the content script's `fill.request` from that one frame. */
interface PopupGrant {
  accountId: string;
  kind: FillKind;
  confirmFrame: boolean;
  expiresAt: number;
}

/** The round trip popup → worker → page → worker takes milliseconds; a stale grant must not linger. */
const POPUP_GRANT_MS = 10_000;

export class FillService {
  private readonly popupGrants = new Map<string, PopupGrant>();

  constructor(
    private readonly accounts: AccountService,
    private readonly backupCodes: BackupCodeService,
    private readonly now: () => number = Date.now,
  ) {}

  /** A document found code fields: remember it for the popup, badge the tab, say whether to offer the inline button. */
  async fieldsFound(sender: FillSender, found: FieldsFound): Promise<{ offerInline: boolean }> {
    await recordFrameFields(sender.tabId, { ...found, frameId: sender.frameId, documentId: sender.documentId, origin: sender.origin });
    const linked = await this.linkedTo(sender.origin).catch(() => []);
    if (linked.length > 0) await showMatchCount(sender.tabId, linked.length);
    const allowed = frameRefusal(sender, false) === null;
    return { offerInline: found.otp && allowed && accountToFill(linked, sender.origin) !== undefined };
  }

  /** The one check every fill passes. The code is issued (an HOTP counter saved) only after it. */
  async request(sender: FillSender, { requestId, kind }: { requestId: string; kind: FillKind }): Promise<void> {
    const taken = this.takeGrant(sender);
    // A grant is for the kind the user asked for; a page asking for another kind asks on its own.
    const grant = taken?.kind === kind ? taken : undefined;
    if (kind === 'backup' && !grant) {
      throw new TwofoldError('backup-from-popup', t('errors.fill.backupFromPopup'));
    }
    const refusal = frameRefusal(sender, grant?.confirmFrame === true);
    if (refusal) throw refusal;
    const linked = await this.linkedTo(sender.origin);
    const account = grant ? linked.find(({ id }) => id === grant.accountId) : accountToFill(linked, sender.origin);
    if (!account) throw this.noAccountFor(linked);
    const code = kind === 'backup' ? (await this.backupCodes.takeNextCode(account.id)).code : await this.issueCode(account);
    const target = { tabId: sender.tabId, frameId: sender.frameId, documentId: sender.documentId };
    const { filled } = await sendToTab(target, 'fill.deliver', { requestId, code });
    if (!filled) throw new TwofoldError('not-filled', t('errors.fill.notFilled'));
  }

  /** For the popup: the active tab's code field and the accounts that may fill it. */
  async pageContext(): Promise<PageFillContext | null> {
    const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) return null;
    const frames = (await framesOfTab(tab.id)).filter((frame) => frameRefusal(frame, true) === null);
    const firstWith = (kind: FillKind) => frames.find((frame) => frame[kind] && frame.frameId === 0) ?? frames.find((frame) => frame[kind]);
    // Both kinds in different frames: the one-time-code field wins, it is what most sign-ins ask for.
    const frame = firstWith('otp') ?? firstWith('backup');
    if (!frame) return null;
    const all = await this.accounts.list();
    const linked = linkedAccounts(all, frame.origin);
    if (linked.length > 0) await showMatchCount(tab.id, linked.length);
    const suggested = all.filter((account) => !linked.includes(account) && resemblesIssuer(account.issuer, frame.origin));
    return {
      tabId: tab.id,
      frameId: frame.frameId,
      origin: frame.origin,
      inFrame: frame.frameId !== 0,
      otp: frame.otp,
      backup: frame.backup,
      linked: linked.map(({ id }) => id),
      suggested: suggested.map(({ id }) => id),
    };
  }

  /** The popup's "Fill on page" and "Fill a backup code": remember the pick for the site, then let that frame's content script ask. */
  async fillOnPage(request: FillOnPageRequest): Promise<void> {
    const frame = (await framesOfTab(request.tabId)).find(({ frameId }) => frameId === request.frameId);
    if (!frame?.[request.kind]) throw new TwofoldError('no-field', t('errors.fill.noField'));
    const account = (await this.accounts.list()).find(({ id }) => id === request.accountId);
    if (!account) throw new TwofoldError('not-found', t('errors.accounts.notFound'));
    if (linkedAccounts([account], frame.origin).length === 0) {
      throw new TwofoldError('not-linked', t('errors.fill.notLinked', { account: account.issuer || t('errors.fill.thisAccount'), origin: frame.origin }));
    }
    if (request.kind === 'backup') await this.backupCodes.requireUnusedCode(account.id);
    await this.accounts.update({ id: account.id, fillChoices: withChoice(account, frame.origin, this.now()) });
    const key = grantKey(request.tabId, frame.frameId, frame.documentId);
    this.popupGrants.set(key, { accountId: account.id, kind: request.kind, confirmFrame: request.confirmFrame, expiresAt: this.now() + POPUP_GRANT_MS });
    try {
      await sendToTab({ tabId: request.tabId, frameId: frame.frameId, documentId: frame.documentId }, 'fill.begin', { trigger: 'popup', kind: request.kind });
    } finally {
      this.popupGrants.delete(key);
    }
  }

  private takeGrant(sender: FillSender): PopupGrant | undefined {
    const key = grantKey(sender.tabId, sender.frameId, sender.documentId);
    const grant = this.popupGrants.get(key);
    this.popupGrants.delete(key);
    return grant && grant.expiresAt > this.now() ? grant : undefined;
  }

  private async linkedTo(origin: string): Promise<AccountView[]> {
    return linkedAccounts(await this.accounts.list(), origin);
  }

  private noAccountFor(linked: readonly AccountView[]): TwofoldError {
    return linked.length > 1
      ? new TwofoldError('choose-account', t('errors.fill.chooseAccount'))
      : new TwofoldError('not-linked', t('errors.fill.noLinkedAccount'));
  }

  /** HOTP: the counter is saved before the code leaves the worker (AccountService.nextHotp). */
  private async issueCode(account: AccountView): Promise<string> {
    if (account.type === 'hotp') return (await this.accounts.nextHotp(account.id)).code;
    const [view] = await this.accounts.codes([account.id]);
    if (!view) throw new TwofoldError('not-found', t('errors.accounts.notFound'));
    return view.code;
  }
}

function grantKey(tabId: number, frameId: number, documentId: string | undefined): string {
  return `${tabId}/${frameId}/${documentId ?? ''}`;
}
