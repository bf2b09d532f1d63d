/**
 * Fills started from the browser's own UI: the keyboard shortcut and the context
 * menu of an editable field. Both only ask the page's content script to start;
 * it answers with a `fill.request` that passes the fill service's one check.
 */
import { browser } from 'wxt/browser';
import type { FillTrigger } from '@/utils/fill-types';
import { sendToTab, type TabTarget } from '@/utils/messaging';
import { t } from '@/utils/i18n/translate';

export const FILL_COMMAND = 'fill-code';
const FILL_MENU = 'twofold-fill-code';

function begin(target: TabTarget, trigger: FillTrigger): void {
  // Nothing to tell the user here: a page without a field, or a refused fill, fills nothing.
  sendToTab(target, 'fill.begin', { trigger, kind: 'otp' }).catch(() => undefined);
}

export function registerFillTriggers(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: FILL_MENU,
      title: t('worker.menu.fillCode'),
      contexts: ['editable'],
      documentUrlPatterns: ['http://*/*', 'https://*/*'],
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    // The frame the user right-clicked in, as the browser says; its content script knows the field.
    if (info.menuItemId === FILL_MENU && tab?.id !== undefined) begin({ tabId: tab.id, frameId: info.frameId ?? 0 }, 'context-menu');
  });
  browser.commands.onCommand.addListener((command, tab) => {
    // Every frame hears it; only the one holding the keyboard focus acts.
    if (command === FILL_COMMAND && tab?.id !== undefined) begin({ tabId: tab.id }, 'shortcut');
  });
}
