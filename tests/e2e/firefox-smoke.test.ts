/**
 * Firefox smoke test: the built Firefox add-on (<out>/firefox-mv3) installed into Debian's
 * Firefox ESR over WebDriver BiDi, used through its real popup page with trusted input.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFirefoxPrerequisites, launchFirefoxWithExtension, type FirefoxSession } from './harness/firefox-extension';
import type { BidiTab } from './harness/firefox-bidi';
import { codesAroundNow } from './harness/expected-code';
import { waitFor } from './harness/timeout';
import { startServer, type TestServer } from './harness/server';
import { TEST_PASSWORD } from './pages/popup';

const SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
const LINK = `otpauth://totp/Acme:ada%40example.test?secret=${SECRET}&issuer=Acme`;

// No Firefox ESR or no Firefox build: the file fails with the instruction, its tests are never skipped quietly.
checkFirefoxPrerequisites();

const byTestId = (id: string) => `[data-testid="${id}"]`;

/** Waits until an element with this data-testid is in the DOM and rendered. */
function visible(tab: BidiTab, id: string, ms = 10_000): Promise<true> {
  return waitFor(
    () => tab.evaluate((selector: string) => document.querySelector(selector)?.checkVisibility() ?? false, byTestId(id)),
    `[data-testid=${id}] to be visible in Firefox`,
    ms,
  ) as Promise<true>;
}

/** The code the popup shows for the first account, without grouping spaces. */
function shownCode(tab: BidiTab): Promise<string> {
  return waitFor(
    () => tab.evaluate((selector: string) => document.querySelector(selector)?.getAttribute('data-code') ?? '', byTestId('account-code')),
    'a code in the account row',
  );
}

describe('the Firefox build in Firefox ESR', () => {
  let firefox: FirefoxSession;
  let popup: BidiTab;
  let server: TestServer;

  beforeAll(async () => {
    server = await startServer();
    firefox = await launchFirefoxWithExtension();
  });
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it('installs as a temporary add-on and opens its popup on the fixed moz-extension:// origin', async () => {
    popup = await firefox.newTab(firefox.extensionUrl('popup.html'));
    expect(await popup.evaluate(() => location.origin)).toBe(firefox.extensionUrl('').slice(0, -1));
    await visible(popup, 'setup-password');
  });

  it('creates a vault, adds an account from an otpauth:// link and shows the code for now', async () => {
    await popup.type(byTestId('setup-password'), TEST_PASSWORD);
    await popup.type(byTestId('setup-confirm'), TEST_PASSWORD);
    await popup.click(byTestId('setup-submit'));
    await visible(popup, 'add-account', 20_000);

    await popup.click(byTestId('add-account'));
    await popup.type(byTestId('add-uri-input'), LINK);
    await popup.click(byTestId('add-uri-submit'));
    await visible(popup, 'add-submit');
    await popup.click(byTestId('add-submit'));
    await visible(popup, 'account-row');
    expect(await popup.evaluate((selector: string) => document.querySelector(selector)?.textContent, byTestId('account-issuer'))).toBe('Acme');
    expect(codesAroundNow({ secret: SECRET })).toContain(await shownCode(popup));
  });

  it('locks, refuses a wrong password, and unlocks with the right one (the event page holds the key)', async () => {
    await popup.click(byTestId('lock-button'));
    await visible(popup, 'unlock-password');
    expect(await popup.evaluate((selector: string) => document.querySelector(selector), byTestId('account-row'))).toBeNull();

    await popup.type(byTestId('unlock-password'), 'not the password');
    await popup.click(byTestId('unlock-submit'));
    await visible(popup, 'unlock-error', 20_000);

    await popup.evaluate((selector: string) => {
      const field = document.querySelector<HTMLInputElement>(selector)!;
      field.select();
    }, byTestId('unlock-password'));
    await popup.type(byTestId('unlock-password'), TEST_PASSWORD);
    await popup.click(byTestId('unlock-submit'));
    await visible(popup, 'account-row', 20_000);
    expect(codesAroundNow({ secret: SECRET })).toContain(await shownCode(popup));

    // A fresh popup page gets the unlocked vault from the background page.
    const again = await firefox.newTab(firefox.extensionUrl('popup.html'));
    await visible(again, 'account-row');
    expect(codesAroundNow({ secret: SECRET })).toContain(await shownCode(again));
    await again.close();
  });

  it('stays unlocked when Firefox unloads the idle event page, which the next popup wakes again', async () => {
    // Nothing else may talk to the worker meanwhile: no extension page is left open.
    await popup.goto('about:blank');
    expect(await firefox.backgroundRunning()).toBe(true);
    // Firefox postpones an unload once while a listener's promise is pending (as after its idle timeout): ask again.
    await waitFor(async () => {
      if (await firefox.backgroundRunning()) await firefox.terminateBackground();
      return !(await firefox.backgroundRunning());
    }, 'the background event page to unload');

    // The key is gone with the page; it comes back from storage.session when a message wakes it.
    const reopened = await firefox.newTab(firefox.extensionUrl('popup.html'));
    await visible(reopened, 'account-row', 20_000);
    expect(codesAroundNow({ secret: SECRET })).toContain(await shownCode(reopened));
    expect(await firefox.backgroundRunning()).toBe(true);

    // And locking still works after the restart.
    await reopened.click(byTestId('lock-button'));
    await visible(reopened, 'unlock-password');
    await reopened.close();
    await popup.goto(firefox.extensionUrl('popup.html'));
    await visible(popup, 'unlock-password');
    await popup.type(byTestId('unlock-password'), TEST_PASSWORD);
    await popup.click(byTestId('unlock-submit'));
    await visible(popup, 'account-row', 20_000);
  });

  it('links the account to a page on 127.0.0.1 from the popup, and the content script fills the code', async () => {
    const page = await firefox.newTab(server.url('/autofill/single.html'));
    await page.activate();
    // The popup as the toolbar opens it over the page: the page is the active tab. The content
    // script tells the worker about the field once it has looked, so open the popup until it knows.
    await waitFor(async () => {
      await popup.goto(firefox.extensionUrl('popup.html'));
      await visible(popup, 'account-row');
      return visible(popup, 'link-and-fill', 1_000).catch(() => false);
    }, 'the popup to offer linking the account to the page', 20_000);
    const offer = await popup.evaluate((selector: string) => document.querySelector(selector)?.textContent?.trim(), byTestId('link-and-fill'));
    expect(offer).toContain(`http://127.0.0.1:${server.port}`);

    await popup.click(byTestId('link-and-fill'));
    await visible(popup, 'fill-status');
    const filled = await waitFor(
      () => page.evaluate(() => document.querySelector<HTMLInputElement>('#code')?.value ?? ''),
      'the code in the page’s field',
    );
    expect(codesAroundNow({ secret: SECRET })).toContain(filled);
  });
});
