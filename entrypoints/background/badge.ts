/** The toolbar badge: how many linked accounts match the page in this tab. */
import { browser } from 'wxt/browser';

export async function showMatchCount(tabId: number, count: number): Promise<void> {
  // Tab-specific badges are reset by the browser when the tab navigates.
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#2f6f4f' });
  await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
}

/** After locking, the worker no longer knows which accounts match: no badge may suggest otherwise. */
export async function clearBadges(tabIds: readonly number[]): Promise<void> {
  await Promise.all(tabIds.map((tabId) => browser.action.setBadgeText({ tabId, text: '' }).catch(() => undefined)));
}
