/**
 * The popup's part in filling: linking an account to a site the user is on (an
 * explicit choice in Twofold's own UI), and choosing among several accounts of
 * one site, remembered for that site.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionSession } from './harness/extension';
import { startServer, type TestServer } from './harness/server';
import { contentWorld } from './harness/content-world';
import { codesAroundNow } from './harness/expected-code';
import {
  askToFill,
  clickInlineButton,
  ExtensionMessenger,
  openPopupOver,
  pressFillShortcut,
  waitForFilled,
  type TestAccount,
} from './pages/autofill';

const SHOP_HOST = 'shop.example.test';
const MAIL_HOST = 'mail.example.test';

describe('the popup’s “Fill on page”', () => {
  let session: ExtensionSession;
  let server: TestServer;
  let extension: ExtensionMessenger;
  const unlinked = (issuer: string, secret: string): TestAccount => ({ issuer, label: 'me', secret, sites: [] });
  const work = { ...unlinked('Work mail', 'MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U') };
  const personal = { ...unlinked('Personal mail', 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ') };

  beforeAll(async () => {
    server = await startServer();
    session = await launchExtension();
    extension = await ExtensionMessenger.open(session);
    await extension.setUpVault();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  async function open(host: string): Promise<Page> {
    const page = await session.context.newPage();
    await page.goto(server.url('/autofill/single.html', host));
    return page;
  }

  it('links the account the user picks to an unlinked site, then fills (a resembling issuer is only the first suggestion)', async () => {
    await extension.addAccount(unlinked('Another', 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXQ'));
    const shop = await extension.addAccount(unlinked('Example Shop', 'KRUGS4ZANFZSAYJAORSXG5BAONSWG4TF'));
    const page = await open(SHOP_HOST);
    const origin = `http://${SHOP_HOST}:${server.port}`;
    const popup = await openPopupOver(session, page);
    const link = popup.getByTestId('link-and-fill');
    await expect.poll(async () => (await link.textContent())?.trim()).toBe(`Link Example Shop · me to ${origin}`);
    expect((await extension.account(shop.id))?.sites).toEqual([]);
    await link.click();
    await popup.getByTestId('fill-status').waitFor();
    expect(codesAroundNow({ secret: 'KRUGS4ZANFZSAYJAORSXG5BAONSWG4TF' })).toContain(await waitForFilled(page));
    expect((await extension.account(shop.id))?.sites).toEqual([{ origin, match: 'origin' }]);
    await popup.close();
    await page.close();

    // From now on the site is linked: the shortcut fills without the popup.
    const again = await open(SHOP_HOST);
    await pressFillShortcut(again);
    expect(codesAroundNow({ secret: 'KRUGS4ZANFZSAYJAORSXG5BAONSWG4TF' })).toContain(await waitForFilled(again));
    await again.close();
  });

  it('asks which account when several are linked, and remembers the choice for the site', async () => {
    const site = [{ origin: `http://${MAIL_HOST}:${server.port}`, match: 'origin' as const }];
    await extension.addAccount({ ...work, sites: site });
    await extension.addAccount({ ...personal, sites: site });

    // Before a choice: no inline button, and the one check refuses to guess.
    const page = await open(MAIL_HOST);
    const world = await contentWorld(page, session.extensionId);
    expect(await askToFill(world)).toMatchObject({ ok: false, error: { code: 'choose-account' } });
    await world.detach();
    expect(await page.locator('[data-twofold-inline]').count()).toBe(0);

    const popup = await openPopupOver(session, page);
    const choice = popup.getByTestId('fill-account');
    await expect.poll(() => choice.locator('option').allTextContents()).toEqual(['Work mail · me', 'Personal mail · me']);
    await choice.selectOption({ label: 'Personal mail · me' });
    await popup.getByTestId('fill-on-page').click();
    await popup.getByTestId('fill-status').waitFor();
    expect(codesAroundNow(personal)).toContain(await waitForFilled(page));
    await popup.close();
    await page.close();

    // Remembered: the inline button and the shortcut now fill the chosen account, and the popup offers it first.
    const next = await open(MAIL_HOST);
    await clickInlineButton(next);
    expect(codesAroundNow(personal)).toContain(await waitForFilled(next));
    const popupAgain = await openPopupOver(session, next);
    await expect.poll(() => popupAgain.getByTestId('fill-account').locator('option').first().textContent()).toBe('Personal mail · me');
    await popupAgain.close();
    await next.close();
  });
});
