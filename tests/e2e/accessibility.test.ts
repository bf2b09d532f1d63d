/**
 * Every view of the popup and the options page, checked with axe-core in the
 * light and the dark colour scheme: no violation of impact serious or critical
 * (names, roles, contrast, focusable content). Each failure is printed as
 * "view, scheme: [impact] rule (help) at selector: what to fix | element".
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './harness/axe';
import { launchExtension, type ExtensionSession } from './harness/extension';
import { startServer, type TestServer } from './harness/server';
import { openPopupOver } from './pages/autofill';
import { PopupPage, TEST_PASSWORD, type SeedAccount } from './pages/popup';

const POPUP_SIZE = { width: 360, height: 600 };
const ACCOUNTS: SeedAccount[] = [
  { issuer: 'GitHub', label: 'ada@example.test', secret: 'KRUGS4ZANFZSAYJAORSXG5BAONSWG4TF' },
  { issuer: 'Acme Mail', label: 'ada@example.test', secret: 'MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U' },
  { issuer: 'Counter Bank', label: 'ada', secret: 'ONSWG4TFOQYTEMZUGU3DOOBZGAYTEMZU', type: 'hotp' },
  { issuer: 'Steam', label: 'ada_games', secret: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', type: 'steam' },
  // A 5-second period is always in its last 5 seconds: the next code is always shown.
  { issuer: 'Quick', label: 'ada', secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', period: 5 },
];
/** One new account, one already in the vault, one that cannot be imported. */
const IMPORT_LINKS = [
  'otpauth://totp/Imported:new@example.test?secret=JBSWY3DPEHPK3PXP&issuer=Imported',
  'otpauth://totp/GitHub:ada%40example.test?secret=KRUGS4ZANFZSAYJAORSXG5BAONSWG4TF&issuer=GitHub',
  'otpauth://totp/Broken:x?secret=not!base32&issuer=Broken',
].join('\n');

describe('accessibility: no serious or critical axe violation, light or dark', () => {
  let server: TestServer;
  let session: ExtensionSession;
  let popup: PopupPage;
  let options: Page;

  beforeAll(async () => {
    server = await startServer();
    session = await launchExtension({ viewport: POPUP_SIZE });
    popup = await PopupPage.open(session);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  const popupView = async (view: string) => expect(await seriousViolations(popup.page, `popup ${view}`)).toEqual([]);
  const optionsView = async (view: string) => expect(await seriousViolations(options, `options ${view}`)).toEqual([]);

  it('the check itself sees a planted violation, and only in the scheme where it fails', async () => {
    // A button without a name fails in both schemes; dark grey text fails only on the dark background.
    await popup.page.evaluate(() => {
      const planted = document.createElement('div');
      planted.id = 'planted';
      planted.innerHTML = '<button></button><p style="color: #333333">Readable only in light</p>';
      document.body.append(planted);
    });
    const found = await seriousViolations(popup.page, 'planted');
    await popup.page.evaluate(() => document.getElementById('planted')?.remove());
    expect(found.filter((line) => line.includes('button-name'))).toHaveLength(2);
    expect(found.filter((line) => line.includes('color-contrast')).map((line) => line.split(':')[0])).toEqual(['planted, dark']);
  });

  it('popup: set-up', async () => {
    await popup.page.getByTestId('setup-password').fill('short');
    await popupView('set-up');
    await popup.setUp();
  });

  it('popup: account list with TOTP, HOTP, Steam and a pinned account', async () => {
    await popup.seed(ACCOUNTS);
    await popup.page.reload();
    await popup.page.getByTestId('account-code').first().waitFor();
    await popup.openMenu('Acme Mail');
    await popup.page.getByTestId('pin-account').click();
    await popup.page.getByTestId('pinned-mark').waitFor();
    await popup.row('Counter Bank').getByTestId('hotp-next').click();
    await popup.row('Counter Bank').getByTestId('account-code').waitFor();
    await popup.row('Quick').getByTestId('account-next-code').waitFor();
    await popupView('list');
  });

  it('popup: "Fill on page" over a sign-in page with a code field', async () => {
    const signIn = await session.context.newPage();
    await signIn.goto(server.url('/autofill/single.html', 'shop.example.test'));
    const over = await openPopupOver(session, signIn);
    await over.getByTestId('link-and-fill').waitFor();
    expect(await seriousViolations(over, 'popup fill on page')).toEqual([]);
    await over.close();
    await signIn.close();
  });

  it('popup: list in select mode with one account selected', async () => {
    await popup.page.getByTestId('edit-mode').click();
    await popup.row('GitHub').getByTestId('select-account').check();
    await popupView('select mode');
    await popup.page.getByTestId('edit-mode').click();
  });

  it('popup: row menu open', async () => {
    await popup.openMenu('GitHub');
    await popupView('row menu');
    await popup.page.keyboard.press('Escape');
  });

  it('popup: show-QR password dialog, and the QR code', async () => {
    await popup.openMenu('GitHub');
    await popup.page.getByTestId('show-qr').click();
    await popup.page.getByTestId('reveal-password').fill('wrong password');
    await popup.page.getByTestId('reveal-submit').click();
    await popup.page.getByTestId('reveal-error').waitFor();
    await popupView('show-QR password dialog');
    await popup.page.getByTestId('reveal-password').fill(TEST_PASSWORD);
    await popup.page.getByTestId('reveal-submit').click();
    await popup.page.getByTestId('qr-code').waitFor();
    await popupView('QR code dialog');
    await popup.page.getByTestId('reveal-done').click();
  });

  it('popup: delete confirmation', async () => {
    await popup.openMenu('GitHub');
    await popup.page.getByTestId('delete-account').click();
    await popup.page.getByTestId('confirm-delete').waitFor();
    await popupView('delete confirmation');
    await popup.page.getByRole('button', { name: 'Cancel' }).click();
  });

  it('popup: edit account with a letter icon and a linked site', async () => {
    await popup.openMenu('GitHub');
    await popup.page.getByTestId('edit-account').click();
    await popup.page.getByTestId('icon-letter').check();
    await popup.page.getByTestId('add-site-input').fill('https://github.com');
    await popup.page.getByTestId('add-site').click();
    await popup.page.getByTestId('site-link').waitFor();
    await popupView('edit account');
    await popup.page.getByRole('button', { name: 'Cancel' }).click();
  });

  it('popup: add account with the Advanced part open and a validation message', async () => {
    await popup.page.getByTestId('add-account').click();
    await popup.page.getByTestId('add-advanced').click();
    await popup.page.getByTestId('add-type').selectOption('hotp');
    await popup.page.getByTestId('add-secret').fill('not base32!');
    await popup.page.getByTestId('add-validation').first().waitFor();
    await popupView('add account');
    await popup.page.getByRole('button', { name: 'Cancel' }).click();
  });

  it('popup: unlock', async () => {
    await popup.lock();
    await popupView('unlock');
    await popup.unlock();
    await popup.expectState('add-account');
  });

  it('options: every card', async () => {
    options = await session.openExtensionPage('options.html');
    await options.setViewportSize({ width: 900, height: 900 });
    await options.getByTestId('export-format').waitFor();
    await options.getByTestId('autolock-minutes').waitFor();
    await optionsView('cards');
  });

  it('options: import preview with new, duplicate and invalid entries', async () => {
    await options.getByTestId('import-text').fill(IMPORT_LINKS);
    await options.getByTestId('import-text-submit').click();
    await expect.poll(() => options.getByTestId('import-preview-row').count()).toBe(3);
    await optionsView('import preview');
    await options.getByTestId('import-cancel').click();
  });

  it('options: export, a plain format with its warning, then Google Authenticator QR codes', async () => {
    await options.getByTestId('export-format').selectOption('otpauth-list');
    await options.getByTestId('export-plain-warning').waitFor();
    await optionsView('export warning');
    await options.getByTestId('export-format').selectOption('google-qr');
    await options.getByTestId('export-plain-warning').check();
    await options.getByTestId('export-password').fill(TEST_PASSWORD);
    await options.getByTestId('export-submit').click();
    await options.getByTestId('export-qr').getByTestId('qr-code').waitFor();
    await optionsView('export QR codes');
  });
});
