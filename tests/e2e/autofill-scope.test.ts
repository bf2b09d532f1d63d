/**
 * Where Twofold must not fill: look-alike domains, a sibling sub-domain under a
 * public suffix, a cross-origin frame the user did not confirm, a sandboxed frame;
 * and what a page script can reach (nothing privileged).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { launchExtension, type ExtensionSession } from './harness/extension';
import { startServer, type TestServer } from './harness/server';
import { contentWorld } from './harness/content-world';
import { codesAroundNow } from './harness/expected-code';
import { waitFor } from './harness/timeout';
import { askToFill, CodeInbox, ExtensionMessenger, filledCode, openPopupOver, pressFillShortcut, waitForFilled, type TestAccount } from './pages/autofill';

describe('where Twofold refuses to fill', () => {
  let session: ExtensionSession;
  let server: TestServer;
  let inbox: CodeInbox;
  const account = (issuer: string, secret: string, origin: string, match: 'origin' | 'registrable-domain' = 'origin'): TestAccount => ({
    issuer,
    label: `${issuer.toLowerCase()}@example.test`,
    secret,
    sites: [{ origin: `http://${origin}:${server.port}`, match }],
  });

  beforeAll(async () => {
    server = await startServer();
    inbox = new CodeInbox(server);
    session = await launchExtension();
    const extension = await ExtensionMessenger.open(session);
    await extension.setUpVault();
    await extension.addAccount(account('Bank', 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXQ', 'bank.test'));
    await extension.addAccount(account('Pages', 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', 'alice.github.io', 'registrable-domain'));
    await extension.addAccount(account('Partner', 'KRUGS4ZANFZSAYJAORSXG5BAONSWG4TF', 'signin.partner.test'));
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  async function open(path: string, host: string): Promise<Page> {
    const page = await session.context.newPage();
    await page.goto(server.url(path, host));
    return page;
  }

  function childFrame(page: Page): Promise<Frame> {
    return waitFor(() => page.frames().find((frame) => frame !== page.mainFrame() && frame.url().includes('/autofill/single.html')), 'the frame');
  }

  /** The shortcut fills nothing, the one check refuses with `code`, and no inline button is offered. */
  async function expectRefused(page: Page, frame: Frame, code: string): Promise<void> {
    await pressFillShortcut(page, frame);
    const world = await contentWorld(page, session.extensionId, frame);
    expect(await askToFill(world)).toMatchObject({ ok: false, error: { code } });
    const report = await world.evaluate<{ value: { offerInline: boolean } }>(
      `chrome.runtime.sendMessage({ twofold: 1, type: 'page.fieldsFound', payload: { otp: true, backup: false } })`,
    );
    expect(report.value.offerInline).toBe(false);
    await world.detach();
    expect(await filledCode(frame)).toBe('');
    expect(await frame.locator('[data-twofold-inline]').count()).toBe(0);
  }

  it('fills nothing on look-alikes of the linked site', async () => {
    for (const host of ['bank.test.attacker.test', 'bank-test.attacker.test', 'bamk.test', 'www.bank.test']) {
      const page = await open('/autofill/single.html', host);
      await expectRefused(page, page.mainFrame(), 'not-linked');
      await page.close();
    }
  });

  it('offers to link, never to fill, in the popup on a look-alike site', async () => {
    const page = await open('/autofill/single.html', 'bank.test.attacker.test');
    const popup = await openPopupOver(session, page);
    await expect.poll(() => popup.getByTestId('link-and-fill').textContent()).toContain(`http://bank.test.attacker.test:${server.port}`);
    expect(await popup.getByTestId('fill-on-page').count()).toBe(0);
    await popup.close();
    await page.close();
  });

  it('keeps sibling sub-domains of a public suffix apart (a.github.io is not b.github.io)', async () => {
    const sibling = await open('/autofill/single.html', 'bob.github.io');
    await expectRefused(sibling, sibling.mainFrame(), 'not-linked');
    await sibling.close();
    // The same link does cover alice.github.io's own sub-domains: it was made for the whole site.
    const own = await open('/autofill/single.html', 'docs.alice.github.io');
    await pressFillShortcut(own);
    expect(codesAroundNow({ secret: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ' })).toContain(await waitForFilled(own));
    await own.close();
  });

  it('fills a cross-origin frame only after the user confirms it in the popup', async () => {
    const page = await open('/autofill/framed.html?frame=signin.partner.test', 'shop.test');
    const frame = await childFrame(page);
    await frame.locator('form input').waitFor();
    await expectRefused(page, frame, 'frame-not-confirmed');

    const popup = await openPopupOver(session, page);
    await expect.poll(() => popup.getByTestId('fill-frame-notice').textContent()).toContain(`http://signin.partner.test:${server.port}`);
    await popup.getByTestId('fill-on-page').click();
    await popup.getByTestId('fill-status').waitFor();
    expect(codesAroundNow({ secret: 'KRUGS4ZANFZSAYJAORSXG5BAONSWG4TF' })).toContain(await inbox.submit(frame));
    await popup.close();
    await page.close();
  });

  it('never fills a sandboxed frame, even one served from the linked site', async () => {
    const page = await open('/autofill/sandboxed.html', 'bank.test');
    const frame = await childFrame(page);
    await frame.locator('form input').waitFor();
    await expectRefused(page, frame, 'sandboxed-frame');
    const popup = await openPopupOver(session, page);
    // The worker tells the popup there is nothing to fill on this tab.
    expect(await popup.evaluate(() => chrome.runtime.sendMessage({ twofold: 1, type: 'fill.pageContext' }))).toEqual({ ok: true, value: null });
    expect(await popup.getByTestId('fill-on-page-panel').count()).toBe(0);
    await popup.close();
    await page.close();
  });

  it('gives page scripts no way in, and content scripts only their two requests', async () => {
    const page = await open('/autofill/single.html', 'bank.test');
    expect(await page.evaluate(() => typeof (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage)).toBe('undefined');
    // Forged deliveries through the channels a page does have reach nothing.
    await page.evaluate(() => {
      window.postMessage({ twofold: 1, type: 'fill.deliver', payload: { requestId: 'x', code: '000000' } }, '*');
      document.dispatchEvent(new CustomEvent('twofold', { detail: { type: 'fill.deliver', code: '000000' } }));
    });
    const world = await contentWorld(page, session.extensionId);
    const send = (type: string, payload: unknown) => world.evaluate<{ ok: boolean; error?: { code: string } }>(
      `chrome.runtime.sendMessage({ twofold: 1, type: ${JSON.stringify(type)}, payload: ${JSON.stringify(payload)} })`,
    );
    for (const type of ['fill.onPage', 'fill.pageContext', 'accounts.list', 'codes.get', 'codes.nextHotp']) {
      expect(await send(type, { tabId: 1, frameId: 0, accountId: 'x', confirmFrame: true, ids: [], id: 'x' }), type).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await send('fill.deliver', { requestId: 'x', code: '000000' })).toMatchObject({ ok: false, error: { code: 'unknown-message' } });
    expect(await send('fill.request', { requestId: 'x', kind: 'backup' })).toMatchObject({ ok: false, error: { code: 'backup-from-popup' } });
    await world.detach();
    expect(await filledCode(page)).toBe('');
    await page.close();
  });
});
