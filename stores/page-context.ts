/**
 * "Fill on page" for the active tab: where its code field is (the worker heard it
 * from the page's content script) and which accounts may fill it. Holds no code:
 * the worker delivers it straight into the page.
 */
import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import type { AccountView } from '@/utils/accounts/model';
import { TwofoldError } from '@/utils/errors';
import type { PageFillContext } from '@/utils/fill-types';
import { sendToWorker } from '@/utils/messaging';
import { useAccountsStore } from './accounts';
import { i18n } from '#i18n';

export const usePageContextStore = defineStore('pageContext', () => {
  const context = shallowRef<PageFillContext | null>(null);
  const busy = ref(false);
  const filled = ref(false);
  const error = ref('');

  /** A page Twofold cannot see (chrome://, the web store) simply has no "Fill on page". */
  async function load(): Promise<void> {
    context.value = await sendToWorker('fill.pageContext').catch(() => null);
  }

  async function run(action: () => Promise<void>): Promise<void> {
    busy.value = true;
    error.value = '';
    filled.value = false;
    try {
      await action();
      filled.value = true;
    } catch (caught) {
      error.value = caught instanceof TwofoldError ? caught.message : i18n.t('common.fillOnPage.failed');
    } finally {
      busy.value = false;
    }
  }

  /** Fill with a linked account. The click is the user's confirmation when the field sits in a frame. */
  function fill(accountId: string): Promise<void> {
    const page = context.value;
    if (!page) return Promise.resolve();
    return run(() => sendToWorker('fill.onPage', { tabId: page.tabId, frameId: page.frameId, accountId, confirmFrame: page.inFrame, kind: 'otp' }));
  }

  /** The user chose to link this account to the page's site (exactly its origin), then fill. */
  function linkAndFill(account: AccountView): Promise<void> {
    const page = context.value;
    if (!page) return Promise.resolve();
    return run(async () => {
      await useAccountsStore().update({ id: account.id, sites: [...account.sites, { origin: page.origin, match: 'origin' }] });
      context.value = { ...page, linked: [account.id, ...page.linked] };
      await sendToWorker('fill.onPage', { tabId: page.tabId, frameId: page.frameId, accountId: account.id, confirmFrame: page.inFrame, kind: 'otp' });
    });
  }

  return { context, busy, filled, error, load, fill, linkAndFill };
});
