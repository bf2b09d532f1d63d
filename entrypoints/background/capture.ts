/**
 * Captures the tab the user asked to scan. `captureVisibleTab` is allowed by
 * activeTab, which the browser grants only after a gesture on that tab (the
 * toolbar button, the context menu, the keyboard shortcut), so a scan cannot
 * happen behind the user's back. The page's origin is read by the worker here,
 * never taken from a message.
 */
import { browser } from 'wxt/browser';
import { TwofoldError } from '@/utils/errors';
import { t } from '@/utils/i18n/translate';
import { captureToPixels } from '@/utils/qr/load-image';
import { CAPTURE_OPTIONS, type CapturePixels } from '@/utils/qr/passes';

export interface TabCapture {
  tabId: number;
  /** A quick, scaled-down look first; full size when that finds nothing (utils/qr/passes.ts). */
  pixels: CapturePixels;
  /** scheme://host[:port] of an http(s) page; undefined elsewhere. */
  origin?: string;
}

export async function captureTab(tabId: number): Promise<TabCapture> {
  const before = await browser.tabs.get(tabId).catch(() => undefined);
  if (!before || before.windowId === undefined) throw new TwofoldError('qr-no-tab', t('errors.qr.noTab'));
  if (!before.active) throw new TwofoldError('qr-tab-hidden', t('errors.qr.tabHidden'));
  let dataUrl: string;
  try {
    dataUrl = await browser.tabs.captureVisibleTab(before.windowId, { ...CAPTURE_OPTIONS });
  } catch {
    throw new TwofoldError('qr-capture-refused', t('errors.qr.captureRefused'));
  }
  // The origin an account gets linked to must be the page that was captured, not one navigated to meanwhile.
  const after = await browser.tabs.get(tabId).catch(() => undefined);
  if (!after?.active || after.url !== before.url) {
    throw new TwofoldError('qr-page-changed', t('errors.qr.pageChanged'));
  }
  const pixels = await captureToPixels(await (await fetch(dataUrl)).blob());
  return { tabId, pixels, origin: webOrigin(before.url) };
}

function webOrigin(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : undefined;
  } catch {
    return undefined;
  }
}
