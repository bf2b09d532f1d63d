/** The one check every fill passes, with the page's answer and the accounts faked. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { AccountView } from '@/utils/accounts/model';
import type { TabTarget } from '@/utils/messaging';
import { TwofoldError } from '@/utils/errors';
import { FillService, type FillSender } from '@/entrypoints/background/fill-service';
import type { AccountService } from '@/entrypoints/background/account-service';
import type { BackupCodeService } from '@/entrypoints/background/backup-code-service';

const sentToTabs = vi.hoisted(() => [] as Array<{ target: TabTarget; type: string; payload: unknown }>);
const pageAnswers = vi.hoisted(() => ({ onBegin: async (_target: TabTarget) => undefined as unknown }));
vi.mock('@/utils/messaging', () => ({
  sendToTab: async (target: TabTarget, type: string, payload: unknown) => {
    sentToTabs.push({ target, type, payload });
    return type === 'fill.begin' ? pageAnswers.onBegin(target) : { filled: true };
  },
}));

const SITE = 'https://github.com';
const top: FillSender = { tabId: 4, frameId: 0, documentId: 'doc-top', origin: SITE };

function view(id: string, overrides: Partial<AccountView> = {}): AccountView {
  return {
    id, type: 'totp', issuer: id, label: '', algorithm: 'SHA1', digits: 6, period: 30, counter: 0,
    createdAt: 0, pinned: false, icon: { kind: 'auto' }, note: '', sites: [{ origin: SITE, match: 'origin' }],
    ...overrides,
  };
}

function fakeAccounts(accounts: AccountView[]) {
  const fake = {
    list: vi.fn(async () => accounts),
    codes: vi.fn(async (ids: string[]) => ids.map((id) => ({ id, code: `totp-${id}` }))),
    nextHotp: vi.fn(async (id: string) => ({ id, code: `hotp-${id}` })),
    update: vi.fn(async () => accounts[0]!),
  };
  return { fake, service: fake as unknown as AccountService };
}

/** A set of backup codes per account, handed out in order, as the real service does atomically. */
function fakeBackupCodes(codes: Record<string, string[]> = {}) {
  const fake = {
    takeNextCode: vi.fn(async (accountId: string) => ({ code: codes[accountId]!.shift()! })),
    requireUnusedCode: vi.fn(async (accountId: string) => {
      if (!codes[accountId]?.length) throw new TwofoldError('no-backup-codes-left', 'None left.');
    }),
  };
  return { fake, service: fake as unknown as BackupCodeService };
}

function fillService(accounts: AccountService, backupCodes = fakeBackupCodes().service, now?: () => number) {
  return new FillService(accounts, backupCodes, now);
}

const deliveries = () => sentToTabs.filter(({ type }) => type === 'fill.deliver');

describe('FillService.request', () => {
  beforeEach(() => {
    sentToTabs.length = 0;
    fakeBrowser.tabs.query = vi.fn(async () => [{ id: 4 }]) as never;
  });

  it('delivers the linked account’s code into exactly the sender’s document', async () => {
    const { service } = fakeAccounts([view('gh')]);
    await fillService(service).request(top, { requestId: 'r1', kind: 'otp' });
    expect(deliveries()).toEqual([{ target: { tabId: 4, frameId: 0, documentId: 'doc-top' }, type: 'fill.deliver', payload: { requestId: 'r1', code: 'totp-gh' } }]);
  });

  it('saves the HOTP counter first: the code comes from nextHotp', async () => {
    const { fake, service } = fakeAccounts([view('counter', { type: 'hotp' })]);
    await fillService(service).request(top, { requestId: 'r1', kind: 'otp' });
    expect(fake.nextHotp).toHaveBeenCalledWith('counter');
    expect(fake.codes).not.toHaveBeenCalled();
    expect(deliveries()[0]?.payload).toEqual({ requestId: 'r1', code: 'hotp-counter' });
  });

  it('refuses before issuing a code: unlinked site, unconfirmed sub-frame, sandboxed frame', async () => {
    const { fake, service } = fakeAccounts([view('gh')]);
    const fills = fillService(service);
    const refusal = (sender: FillSender) => fills.request(sender, { requestId: 'r', kind: 'otp' }).catch((error: TwofoldError) => error.code);
    expect(await refusal({ ...top, origin: 'https://github.com.evil.test' })).toBe('not-linked');
    expect(await refusal({ ...top, frameId: 7 })).toBe('frame-not-confirmed');
    expect(await refusal({ ...top, origin: 'null' })).toBe('sandboxed-frame');
    expect(fake.codes).not.toHaveBeenCalled();
    expect(deliveries()).toEqual([]);
  });

  it('does not guess between several linked accounts', async () => {
    const { service } = fakeAccounts([view('work'), view('personal')]);
    await expect(fillService(service).request(top, { requestId: 'r', kind: 'otp' })).rejects.toMatchObject({ code: 'choose-account' });
  });
});

describe('FillService.fillOnPage (the popup)', () => {
  const frame: FillSender = { tabId: 4, frameId: 7, documentId: 'doc-frame', origin: 'https://login.partner.test' };

  beforeEach(() => {
    sentToTabs.length = 0;
    fakeBrowser.tabs.query = vi.fn(async () => [{ id: 4 }]) as never;
  });

  it('lets the confirmed frame’s own request through, once, with the account the user picked', async () => {
    const partner = view('partner', { sites: [{ origin: frame.origin, match: 'origin' }] });
    const { fake, service } = fakeAccounts([partner, view('other', { sites: [{ origin: frame.origin, match: 'origin' }] })]);
    const fills = fillService(service, undefined, () => 1_000);
    await fills.fieldsFound(frame, { otp: true, backup: false });
    // The page answers "fill.begin" with its own fill.request, as the content script does.
    pageAnswers.onBegin = () => fills.request(frame, { requestId: 'r9', kind: 'otp' });
    await fills.fillOnPage({ tabId: 4, frameId: 7, accountId: 'partner', confirmFrame: true, kind: 'otp' });
    expect(sentToTabs.map(({ type, target }) => [type, target.documentId])).toEqual([['fill.begin', 'doc-frame'], ['fill.deliver', 'doc-frame']]);
    expect(deliveries()[0]?.payload).toEqual({ requestId: 'r9', code: 'totp-partner' });
    expect(fake.update).toHaveBeenCalledWith({ id: 'partner', fillChoices: [{ origin: frame.origin, at: 1_000 }] });
    // The grant was used up: the frame cannot fill again on its own.
    await expect(fills.request(frame, { requestId: 'r10', kind: 'otp' })).rejects.toMatchObject({ code: 'frame-not-confirmed' });
  });

  it('refuses an account that is not linked to the field’s site', async () => {
    const { service } = fakeAccounts([view('gh')]);
    const fills = fillService(service);
    await fills.fieldsFound(frame, { otp: true, backup: false });
    await expect(fills.fillOnPage({ tabId: 4, frameId: 7, accountId: 'gh', confirmFrame: true, kind: 'otp' })).rejects.toMatchObject({ code: 'not-linked' });
    expect(sentToTabs).toEqual([]);
  });
});

describe('FillService: backup codes', () => {
  const popupFill = { tabId: 4, frameId: 0, accountId: 'gh', confirmFrame: false, kind: 'backup' } as const;

  beforeEach(() => {
    sentToTabs.length = 0;
    fakeBrowser.tabs.query = vi.fn(async () => [{ id: 4 }]) as never;
  });

  it('fills one only when the popup asked for it, each code once, in the field of that kind', async () => {
    const { service } = fakeAccounts([view('gh')]);
    const backup = fakeBackupCodes({ gh: ['1111 2222', '3333 4444'] });
    const fills = fillService(service, backup.service);
    await fills.fieldsFound(top, { otp: false, backup: true });
    // The page (or a compromised renderer) asking on its own gets nothing, and no code is used up.
    await expect(fills.request(top, { requestId: 'own', kind: 'backup' })).rejects.toMatchObject({ code: 'backup-from-popup' });
    expect(backup.fake.takeNextCode).not.toHaveBeenCalled();

    pageAnswers.onBegin = () => fills.request(top, { requestId: `r${sentToTabs.length}`, kind: 'backup' });
    await fills.fillOnPage(popupFill);
    await fills.fillOnPage(popupFill);
    expect(sentToTabs.filter(({ type }) => type === 'fill.begin').map(({ payload }) => payload)).toEqual([
      { trigger: 'popup', kind: 'backup' },
      { trigger: 'popup', kind: 'backup' },
    ]);
    expect(deliveries().map(({ payload }) => (payload as { code: string }).code)).toEqual(['1111 2222', '3333 4444']);
  });

  it('tells the popup which kinds of field the page has, a one-time-code frame first', async () => {
    // A tab of its own: the other tests' pages stay in the worker's session storage.
    const tab = { ...top, tabId: 5 };
    fakeBrowser.tabs.query = vi.fn(async () => [{ id: 5 }]) as never;
    const { service } = fakeAccounts([view('gh')]);
    const fills = fillService(service);
    await fills.fieldsFound(tab, { otp: false, backup: true });
    expect(await fills.pageContext()).toMatchObject({ frameId: 0, otp: false, backup: true, linked: ['gh'] });
    await fills.fieldsFound({ ...tab, frameId: 3, documentId: 'doc-3' }, { otp: true, backup: false });
    expect(await fills.pageContext()).toMatchObject({ frameId: 3, otp: true, backup: false });
  });

  it('says none are left before the page is asked, and needs a backup-code field', async () => {
    const { service } = fakeAccounts([view('gh')]);
    const fills = fillService(service, fakeBackupCodes({ gh: [] }).service);
    await fills.fieldsFound(top, { otp: true, backup: false });
    await expect(fills.fillOnPage(popupFill)).rejects.toMatchObject({ code: 'no-field' });
    await fills.fieldsFound(top, { otp: false, backup: true });
    await expect(fills.fillOnPage(popupFill)).rejects.toMatchObject({ code: 'no-backup-codes-left' });
    expect(sentToTabs).toEqual([]);
  });
});
