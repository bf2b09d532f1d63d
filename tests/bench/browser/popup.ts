/** Opens popup.html in a tab sized like the toolbar popup and waits until every on-screen code is shown. */
import type { Page } from 'playwright-core';
import type { BenchBrowser } from './bench-browser';
import { installFirstCodesProbe, type FirstCodesTiming } from './first-codes-probe';

/** The popup is 360 px wide and 560 px high (entrypoints/popup); Chrome allows up to 800×600. */
const POPUP_VIEWPORT = { width: 360, height: 600 };

export async function openPopup({ session }: BenchBrowser): Promise<{ page: Page; timing: FirstCodesTiming }> {
  const page = await session.context.newPage();
  await page.setViewportSize(POPUP_VIEWPORT);
  await page.addInitScript(installFirstCodesProbe);
  await page.goto(session.extensionUrl('popup.html'));
  const timing = await page.evaluate(() => (window as unknown as { __benchFirstCodes: Promise<FirstCodesTiming> }).__benchFirstCodes);
  return { page, timing };
}
