/**
 * The drag-a-rectangle overlay, injected only when a scan found nothing (it is
 * not part of the content script every page loads). Allowed by the same
 * activeTab grant as the capture. It reports a rectangle; it never sees the image.
 */
import { browser } from 'wxt/browser';

export async function showRegionSelect(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/qr-select.js'] });
}
