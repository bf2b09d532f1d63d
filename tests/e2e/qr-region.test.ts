import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionSession } from './harness/extension';
import { startServer, type TestServer } from './harness/server';
import { codesAroundNow } from './harness/expected-code';
import { clickToolbarButtonOn, openQrPage, serveQrSets } from './harness/qr-codes';
import { PopupPage } from './pages/popup';
import { QrPanel } from './pages/qr-panel';
import type { AccountView } from '../../utils/accounts/model';

const SOFT = { issuer: 'Soft Corp', label: 'region@example.test', secret: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ' };
const SOFT_URI = `otpauth://totp/Soft%20Corp:region%40example.test?secret=${SOFT.secret}&issuer=Soft%20Corp`;
// Drawn at 4 px a module, shown at 60 CSS px (about 1.3 px a module): the full capture misses it,
// the area around it decodes (measured on Chromium captures at scale factors 1 and 2).
const SOFT_CODE = { text: SOFT_URI, x: 500, y: 300, moduleSize: 4, displaySize: 60 };

/** Drags a rectangle on the page from (x, y) to (x + size, y + size), CSS px, as a user would with the mouse. */
async function dragAround(page: Page, x: number, y: number, size: number): Promise<void> {
  await page.locator('twofold-qr-select').waitFor({ state: 'attached' });
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + size / 2, y + size / 2, { steps: 3 });
  await page.mouse.move(x + size, y + size, { steps: 3 });
  await page.mouse.up();
}

describe.each([1, 2])('selecting a QR code the scan missed, at device scale factor %i', (deviceScaleFactor) => {
  let session: ExtensionSession;
  let server: TestServer;
  let popup: PopupPage;

  beforeAll(async () => {
    server = await startServer();
    serveQrSets(server, { soft: [SOFT_CODE] });
    session = await launchExtension({ deviceScaleFactor });
    popup = await PopupPage.open(session);
    await popup.setUp();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('shows the overlay, takes only the rectangle, and finds the code in it', async () => {
    const page = await openQrPage(session, server, 'soft', 'soft.example.test');
    await clickToolbarButtonOn(session, page);
    await popup.page.getByTestId('add-account').click();
    const qr = new QrPanel(popup.page);
    await qr.scanPage();
    await qr.expectStatus('selecting');

    await dragAround(page, SOFT_CODE.x - 12, SOFT_CODE.y - 12, SOFT_CODE.displaySize + 24);
    await expect.poll(() => page.locator('twofold-qr-select').count()).toBe(0);
    await qr.confirmForms().first().waitFor();
    expect(await qr.confirmForms().first().getByTestId('qr-confirm-issuer').inputValue()).toBe(SOFT.issuer);
    await qr.confirm();

    const reply = (await popup.page.evaluate(() => chrome.runtime.sendMessage({ twofold: 1, type: 'accounts.list' }))) as { value: AccountView[] };
    expect(reply.value[0]?.sites).toEqual([{ origin: `http://soft.example.test:${server.port}`, match: 'origin' }]);
    expect(codesAroundNow(SOFT)).toContain(await popup.codeOf(SOFT.issuer));
    await page.close();
  });

  it('gives up quietly when the user presses Escape', async () => {
    await popup.page.reload();
    const page = await openQrPage(session, server, 'soft');
    await clickToolbarButtonOn(session, page);
    await popup.page.getByTestId('add-account').click();
    const qr = new QrPanel(popup.page);
    await qr.scanPage();
    await page.locator('twofold-qr-select').waitFor({ state: 'attached' });
    await page.keyboard.press('Escape');
    await qr.expectStatus('nothing-found');
    expect(await page.locator('twofold-qr-select').count()).toBe(0);
    await page.close();
  });
});
