/**
 * What a person gets with Ctrl+V: the page is brought to the front and the text is pasted
 * into a field of its own. (`navigator.clipboard.readText()` is not used: in headless Chromium
 * it sometimes kept answering the old text after the clipboard was cleared, in web pages and
 * extension pages alike, while a paste in the same moment got the new one.)
 */
import type { Page } from 'playwright-core';

export async function pastedText(page: Page): Promise<string> {
  await page.bringToFront();
  await page.evaluate(() => {
    const id = 'e2e-paste-target';
    const field = document.getElementById(id) as HTMLTextAreaElement | null ?? document.body.appendChild(Object.assign(document.createElement('textarea'), { id }));
    field.value = '';
    field.focus();
  });
  await page.keyboard.press('Control+V');
  return page.evaluate(() => (document.getElementById('e2e-paste-target') as HTMLTextAreaElement).value);
}
