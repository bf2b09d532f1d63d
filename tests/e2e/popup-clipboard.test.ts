import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionSession } from './harness/extension';
import { startServer, type TestServer } from './harness/server';
import { contentWorld } from './harness/content-world';
import { codesAroundNow } from './harness/expected-code';
import { PopupPage } from './pages/popup';
import { pastedText } from './harness/clipboard';

const SECRET = 'KRUGS4ZANFZSAYJAORSXG5BAONSWG4TF';
const LINK = `otpauth://totp/Acme:ada%40example.test?secret=${SECRET}&issuer=Acme`;

describe('copying a code from the popup', () => {
  let session: ExtensionSession;
  let server: TestServer;
  let popup: PopupPage;
  let reader: Page;

  const pasteClipboard = () => pastedText(reader);
  const offscreenDocuments = () =>
    session.evaluateInWorker(() => chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT' as chrome.runtime.ContextType] }).then((found) => found.length));

  beforeAll(async () => {
    server = await startServer();
    session = await launchExtension();
    // A web page with clipboard permission reads what the user would paste.
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url('/')).origin });
    reader = await session.context.newPage();
    await reader.goto(server.url('/basic/hello.html'));
    popup = await PopupPage.open(session);
    await popup.setUp();
    await popup.addByUri(LINK);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('copies on a click with a confirmation, and clears the clipboard 30 s later while it still holds the code', async () => {
    await reader.evaluate(() => navigator.clipboard.writeText('something else'));
    await popup.page.bringToFront();
    await popup.row('Acme').getByTestId('account-code').click();
    const copiedAt = Date.now();
    await expect.poll(() => popup.page.getByTestId('copied').textContent()).toContain('Acme');
    const copied = await pasteClipboard();
    expect(codesAroundNow({ secret: SECRET })).toContain(copied);
    await expect.poll(offscreenDocuments).toBe(1);
    // The worker reached the offscreen document: no "clear it yourself" warning.
    await expect.poll(() => popup.page.getByTestId('copied').count(), { timeout: 10_000 }).toBe(0);
    expect(await popup.page.getByTestId('copy-failed').count()).toBe(0);

    // 30 s later the offscreen document reads the clipboard, clears it if it still holds the code,
    // and closes itself once nothing is left to clear. (Whether another page then pastes "" is not
    // asserted: in headless Chromium 156 a page sometimes kept pasting the old text although the
    // clearing document read back "" — see issue #4's note. utils/clipboard is unit-tested.)
    await expect.poll(offscreenDocuments, { timeout: 40_000, interval: 500 }).toBe(0);
    expect(Date.now() - copiedAt).toBeGreaterThanOrEqual(29_000);
  }, 60_000);

  it('accepts the clearing request only from Twofold’s own pages', async () => {
    const page = await session.context.newPage();
    await page.goto(server.url('/basic/hello.html'));
    const world = await contentWorld(page, session.extensionId);
    const reply = await world.evaluate(`chrome.runtime.sendMessage({ twofold: 1, type: 'clipboard.clearLater', payload: { text: '123456' } })`);
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await world.detach();
    await page.close();
  });
});
