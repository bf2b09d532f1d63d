/**
 * "Save these N codes": when the popup opens, the worker runs the backup-code
 * block detector in the active tab (opening the popup granted activeTab; the
 * detector is not part of the content script every page loads) and hands the
 * popup what it found. Nothing is saved here: the user confirms in the popup,
 * which then sends `backupCodes.save`.
 */
import { browser } from 'wxt/browser';
import type { BackupCodePageOffer } from '@/utils/backup-codes/page-offer';
import type { AccountService } from './account-service';
import type { BackupCodeService } from './backup-code-service';
import { parseFoundBlock } from './backup-code-payloads';
import { linkedAccounts } from './fill-policy';

const SCAN_SCRIPT = '/content-scripts/backup-codes-scan.js';

async function scanTab(tabId: number): Promise<unknown> {
  try {
    const [injection] = await browser.scripting.executeScript({ target: { tabId }, files: [SCAN_SCRIPT] });
    return injection?.result;
  } catch {
    // No activeTab grant for this tab, or a page no extension may touch (the web store, a PDF viewer).
    return null;
  }
}

export async function findBackupCodesOnActiveTab(accounts: AccountService, backupCodes: BackupCodeService): Promise<BackupCodePageOffer | null> {
  // Unlocked first: a locked Twofold has nowhere to save codes, so it does not look at the page.
  const all = await accounts.list();
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  // Without the grant the browser hides the tab's address; then there is nothing Twofold may look at.
  if (tab?.id === undefined || !tab.url || !/^https?:/.test(tab.url)) return null;
  const origin = new URL(tab.url).origin;
  const found = await scanTab(tab.id);
  const block = parseFoundBlock(found);
  // The tab navigated while the detector ran: these codes are not the page the user is looking at.
  if (!block || (found as { origin?: unknown }).origin !== origin) return null;
  const linked = linkedAccounts(all, origin).map(({ id }) => id);
  return { origin, heading: block.heading, codes: block.codes, linked, savedFor: await backupCodes.accountsHolding(block.codes) };
}
