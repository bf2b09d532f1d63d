/**
 * Steps of the autofill tests: a vault with accounts linked to test sites, a
 * server route that receives the submitted code, and the four ways a person
 * starts a fill (popup, shortcut, context menu, inline button).
 */
import { expect } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import type { AccountView } from '../../../utils/accounts/model';
import type { NewAccount } from '../../../utils/messaging';
import { generateCode } from '../../../utils/otp/generate';
import { validateAccount } from '../../../utils/otp/validate';
import type { ContentWorld } from '../harness/content-world';
import type { ExtensionSession } from '../harness/extension';
import type { TestServer } from '../harness/server';
import { waitFor } from '../harness/timeout';
import { TEST_PASSWORD } from './popup';

/** The inline button ignores clicks this soon after it appears or moves (nothing observable marks the moment). */
export const INLINE_ARMING_MS = 600;

export type TestAccount = Pick<NewAccount, 'issuer' | 'label' | 'secret' | 'sites'> & Partial<Pick<NewAccount, 'type' | 'counter'>>;

/** The code an account gives for HOTP counter `counter`. */
export function hotpCode(account: TestAccount, counter: number): string {
  return generateCode({ ...validateAccount({ ...account, type: 'hotp' }), counter }, Date.now());
}

/** An extension page that speaks the protocol as the popup does (an extension-page caller). */
export class ExtensionMessenger {
  private constructor(readonly page: Page) {}

  static async open(session: ExtensionSession): Promise<ExtensionMessenger> {
    return new ExtensionMessenger(await session.openExtensionPage('options.html'));
  }

  async send<T>(type: string, payload?: unknown): Promise<T> {
    const reply = await this.page.evaluate(([type, payload]) => chrome.runtime.sendMessage({ twofold: 1, type, payload }), [type, payload] as const);
    if (!reply?.ok) throw new Error(`${type} failed: ${JSON.stringify(reply)}`);
    return reply.value as T;
  }

  setUpVault(): Promise<unknown> {
    return this.send('vault.setup', { password: TEST_PASSWORD });
  }

  addAccount(account: TestAccount): Promise<AccountView> {
    return this.send('accounts.add', account);
  }

  async account(id: string): Promise<AccountView | undefined> {
    return (await this.send<AccountView[]>('accounts.list')).find((account) => account.id === id);
  }
}

/** Codes the test sites' forms submitted, in order. */
export class CodeInbox {
  readonly codes: string[] = [];

  constructor(server: TestServer) {
    server.route('/autofill/submit', (_request, response, body) => {
      const form = new URLSearchParams(body);
      // One field named "code", or one box per digit (d1…d6).
      this.codes.push(form.get('code') ?? [1, 2, 3, 4, 5, 6].map((box) => form.get(`d${box}`) ?? '').join(''));
      response.writeHead(200, { 'content-type': 'text/html' }).end('<p id="received">Received</p>');
    });
  }

  /** Submits the form in `frame` and returns the code the server received. */
  async submit(frame: Page | Frame): Promise<string> {
    const before = this.codes.length;
    await frame.click('#verify');
    await waitFor(() => this.codes.length > before, 'the form submission');
    // Closing a page while its POST navigation is still settling can hang headless Chromium (seen here, without extensions too).
    await frame.waitForSelector('#received');
    await frame.waitForLoadState('load');
    return this.codes[before]!;
  }
}

/** The values of the page's code inputs, joined (one field, or one per box). */
export function filledCode(page: Page | Frame): Promise<string> {
  return page.$$eval('form input', (inputs) => inputs.map((input) => (input as HTMLInputElement).value).join(''));
}

export async function waitForFilled(page: Page, length = 6): Promise<string> {
  await expect.poll(() => filledCode(page), { timeout: 10_000 }).toHaveLength(length);
  return filledCode(page);
}

/** The centre of Twofold's inline button: its host is the only part a page (or a test) can see. */
export async function inlineButtonCentre(page: Page): Promise<{ x: number; y: number }> {
  const host = page.locator('[data-twofold-inline]');
  await host.waitFor({ state: 'visible' });
  const box = await waitFor(() => host.boundingBox(), 'the inline button box');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** A person's click on the inline button, once it is armed. */
export async function clickInlineButton(page: Page): Promise<void> {
  const centre = await inlineButtonCentre(page);
  await page.waitForTimeout(INLINE_ARMING_MS);
  await page.mouse.click(centre.x, centre.y);
}

/**
 * Alt+Shift+O with the focus in the field. Sent as raw key events through CDP:
 * Playwright's `press` attaches text to the key, and the browser then hands it to
 * the page instead of matching it against extension shortcuts.
 */
export async function pressFillShortcut(page: Page, frame: Frame = page.mainFrame()): Promise<void> {
  await page.bringToFront();
  await frame.focus('form input');
  const cdp = await page.context().newCDPSession(page);
  const altShift = 1 | 8;
  for (const type of ['rawKeyDown', 'keyUp'] as const) {
    await cdp.send('Input.dispatchKeyEvent', { type, modifiers: altShift, key: 'O', code: 'KeyO', windowsVirtualKeyCode: 79, nativeVirtualKeyCode: 79 });
  }
  await cdp.detach();
}

/**
 * A real right-click on the field, then the menu item. A test cannot click a
 * native menu, so the page keeps it closed (an open one stalls later input) and
 * the worker gets the click event the browser would send for the item.
 */
export async function fillFromContextMenu(session: ExtensionSession, page: Page): Promise<void> {
  await page.bringToFront();
  await page.evaluate(() => addEventListener('contextmenu', (event) => event.preventDefault(), { once: true }));
  const box = await waitFor(() => page.locator('form input').first().boundingBox(), 'the field box');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2, { button: 'right' });
  await session.evaluateInWorker(async (pageUrl) => {
    // The item exists (update fails for an unknown id) and is clicked on the active tab's top frame.
    await chrome.contextMenus.update('twofold-fill-code', {});
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    const click = chrome.contextMenus.onClicked as unknown as { dispatch(info: object, tab?: chrome.tabs.Tab): void };
    click.dispatch({ menuItemId: 'twofold-fill-code', frameId: 0, editable: true, pageUrl }, tab);
  }, page.url());
}

/** The content script's own request to fill (the one check every path ends in), as its document's world sends it. */
export function askToFill(world: ContentWorld): Promise<{ ok: boolean; error?: { code: string } }> {
  return world.evaluate(`chrome.runtime.sendMessage({ twofold: 1, type: 'fill.request', payload: { requestId: 'probe', kind: 'otp' } })`);
}

/** The popup as the toolbar opens it over `page`: the active tab is the page, not the popup. */
export async function openPopupOver(session: ExtensionSession, page: Page): Promise<Page> {
  const popup = await session.openExtensionPage('popup.html');
  await page.bringToFront();
  await popup.reload();
  return popup;
}

export async function fillFromPopup(session: ExtensionSession, page: Page): Promise<Page> {
  const popup = await openPopupOver(session, page);
  await popup.getByTestId('fill-on-page').click();
  await popup.getByTestId('fill-status').waitFor();
  return popup;
}
