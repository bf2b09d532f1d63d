/** Steps of the backup-code tests on the demo site: its sign-in up to the backup step, and the popup's backup-code panels. */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { ExtensionSession } from '../harness/extension';
import type { DemoSite } from '../../demo/site';
import { openPopupOver } from './autofill';

export const BACKUP_FIELD = '#id_backup-otp_token';

/** Sign-in → token step → "Use Backup Token": the page that asks for a backup code. */
export async function goToBackupStep(page: Page, site: DemoSite, host: string): Promise<void> {
  await page.goto(site.url('/account/login', host));
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Use Backup Token' }).click();
  await page.locator(BACKUP_FIELD).waitFor();
}

/**
 * The popup over `page`, opened again until `testId` shows: the page's content
 * script reports its field a moment after the page loads, and the popup reads
 * what the worker knows when it opens.
 */
export async function popupShowing(session: ExtensionSession, page: Page, testId: string): Promise<Page> {
  const popup = await openPopupOver(session, page);
  for (let attempt = 0; attempt < 6; attempt++) {
    if (await popup.getByTestId(testId).waitFor({ timeout: 2_000 }).then(() => true, () => false)) return popup;
    await page.bringToFront();
    await popup.reload();
  }
  throw new Error(`The popup never showed ${testId}`);
}

export async function countText(popup: Page): Promise<string> {
  return ((await popup.getByTestId('backup-count').textContent()) ?? '').trim();
}

export async function expectCount(popup: Page, remaining: number, total = 10): Promise<void> {
  await expect.poll(() => countText(popup)).toBe(`${remaining} of ${total} backup codes left`);
  expect(await popup.getByTestId('backup-low').isVisible()).toBe(remaining <= 3);
}

/** Submits the backup step and waits for the site's answer. */
export async function verifyBackupCode(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Verify Backup Code' }).click();
  await page.locator('#signed-in, [role="alert"]').first().waitFor();
  return (await page.locator('body').textContent()) ?? '';
}
