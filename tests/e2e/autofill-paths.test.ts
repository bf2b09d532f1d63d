/**
 * The four ways to fill — popup, keyboard shortcut, context menu, inline button —
 * on a single field and on six one-character boxes; the site's server checks the
 * submitted code.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionSession } from './harness/extension';
import { startServer, type TestServer } from './harness/server';
import { codesAroundNow } from './harness/expected-code';
import {
  clickInlineButton,
  CodeInbox,
  ExtensionMessenger,
  fillFromContextMenu,
  fillFromPopup,
  hotpCode,
  pressFillShortcut,
  waitForFilled,
  type TestAccount,
} from './pages/autofill';

const SITE_HOST = 'login.bank.test';
const HOTP_HOST = 'counter.example.test';

describe('filling a code into the linked site', () => {
  let session: ExtensionSession;
  let server: TestServer;
  let inbox: CodeInbox;
  let extension: ExtensionMessenger;
  let bank: TestAccount;

  beforeAll(async () => {
    server = await startServer();
    inbox = new CodeInbox(server);
    session = await launchExtension();
    extension = await ExtensionMessenger.open(session);
    await extension.setUpVault();
    bank = {
      issuer: 'Bank',
      label: 'alice@bank.test',
      secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXQ',
      sites: [{ origin: `http://${SITE_HOST}:${server.port}`, match: 'origin' }],
    };
    await extension.addAccount(bank);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  async function openSite(fixture: 'single' | 'six-boxes' | 'late-field', host = SITE_HOST): Promise<Page> {
    const page = await session.context.newPage();
    await page.goto(server.url(`/autofill/${fixture}.html`, host));
    return page;
  }

  const paths: Array<[string, (page: Page) => Promise<unknown>]> = [
    ['the popup’s “Fill on page”', (page) => fillFromPopup(session, page).then((popup) => popup.close())],
    ['the keyboard shortcut', (page) => pressFillShortcut(page)],
    ['the context menu', (page) => fillFromContextMenu(session, page)],
    ['the inline button', (page) => clickInlineButton(page)],
  ];

  for (const [path, fill] of paths) {
    for (const fixture of ['single', 'six-boxes'] as const) {
      it(`fills ${fixture === 'single' ? 'a single field' : 'six boxes'} through ${path}`, async () => {
        const page = await openSite(fixture);
        await fill(page);
        const filled = await waitForFilled(page);
        if (fixture === 'six-boxes') {
          const boxes = await page.$$eval('form input', (inputs) => inputs.map((input) => (input as HTMLInputElement).value));
          expect(boxes.every((box) => box.length === 1)).toBe(true);
        }
        const submitted = await inbox.submit(page);
        expect(submitted).toBe(filled);
        expect(codesAroundNow(bank)).toContain(submitted);
        await page.close();
      });
    }
  }

  it('finds a code field that a single-page app renders after loading', async () => {
    const page = await openSite('late-field');
    await clickInlineButton(page);
    expect(codesAroundNow(bank)).toContain(await waitForFilled(page));
    await page.close();
  });

  it('badges the toolbar button on the linked site', async () => {
    const page = await openSite('single');
    const tabId = await session.evaluateInWorker(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
    await expect.poll(() => session.evaluateInWorker((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('1');
    await page.close();
  });

  it('saves the HOTP counter before the code leaves the worker, and fills the next code each time', async () => {
    const counterAccount: TestAccount = {
      issuer: 'Counter',
      label: 'bob',
      type: 'hotp',
      counter: 0,
      secret: 'KRUGS4ZANFZSAYJAORSXG5BAONSWG4TF',
      sites: [{ origin: `http://${HOTP_HOST}:${server.port}`, match: 'origin' }],
    };
    const added = await extension.addAccount(counterAccount);
    for (const counter of [0, 1]) {
      const page = await openSite('single', HOTP_HOST);
      await pressFillShortcut(page);
      expect(await waitForFilled(page)).toBe(hotpCode(counterAccount, counter));
      expect((await extension.account(added.id))?.counter).toBe(counter + 1);
      await page.close();
    }
  });
});
