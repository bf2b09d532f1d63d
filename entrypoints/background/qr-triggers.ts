/**
 * "Scan QR code on this page" from the page's context menu and the keyboard
 * shortcut. Both are user gestures on the tab, so the browser grants activeTab
 * for it; the result (or the unlock form, when locked) opens in the popup.
 */
import { browser } from 'wxt/browser';
import { isErrorCode } from '@/utils/errors';
import type { QrService } from './qr-service';
import { t } from '@/utils/i18n/translate';

export const SCAN_QR_COMMAND = 'scan-qr';
const SCAN_QR_MENU = 'twofold-scan-qr';

export function registerQrTriggers(qr: Pick<QrService, 'scanTab' | 'recordFailure'>): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: SCAN_QR_MENU, title: t('worker.menu.scanQr'), contexts: ['page', 'image', 'frame', 'link', 'selection'] });
  });
  const scanFromGesture = async (tabId: number | undefined) => {
    if (tabId === undefined) return;
    try {
      // While the overlay is up the user is busy on the page; the popup opens when they are done.
      if ((await qr.scanTab(tabId)).status === 'selecting') return;
    } catch (error) {
      // Locked: the popup asks for the password. Anything else: the popup says why.
      if (!isErrorCode(error, 'locked')) qr.recordFailure(error);
    }
    await openPopup();
  };
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === SCAN_QR_MENU) void scanFromGesture(tab?.id);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === SCAN_QR_COMMAND) void scanFromGesture(tab?.id);
  });
}

/**
 * Shows the popup where the scan's result waits. `action.openPopup` needs a
 * focused window (and Chrome 127+); otherwise the popup page opens in a small window.
 */
export async function openPopup(): Promise<void> {
  try {
    await browser.action.openPopup();
  } catch {
    await browser.windows.create({ url: browser.runtime.getURL('/popup.html'), type: 'popup', width: 380, height: 600 });
  }
}
