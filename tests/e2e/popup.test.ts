import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from './harness/extension';
import { codesAroundNow } from './harness/expected-code';
import { PopupPage, TEST_PASSWORD, type SeedAccount } from './pages/popup';
import { generateCode } from '../../utils/otp/generate';
import { validateAccount } from '../../utils/otp/validate';
import { parseOtpauthUri, toOtpauthUri } from '../../utils/otp/uri';
import { groupCode } from '../../utils/format-code';

const LINK = 'otpauth://totp/Acme%20Cloud:ada%40example.test?secret=KRUGS4ZANFZSAYJAORSXG5BAONSWG4TF&issuer=Acme%20Cloud';
const OTHERS: SeedAccount[] = [
  { issuer: 'Plumbus Corp', label: 'rick@example.test', secret: 'MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U' },
  { issuer: 'Zyxwvu Bank', label: 'morty@example.test', secret: 'ONSWG4TFOQYTEMZUGU3DOOBZGAYTEMZU' },
  { issuer: 'Quux Mail', label: 'summer@example.test', secret: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ' },
];

describe('the popup', () => {
  let session: ExtensionSession;
  let popup: PopupPage;

  beforeAll(async () => {
    session = await launchExtension();
    popup = await PopupPage.open(session);
    await popup.setUp();
  });
  afterAll(async () => {
    await session?.close();
  });

  const reopen = async () => {
    await popup.page.reload();
    await popup.page.getByTestId('account-code').first().waitFor();
  };

  it('adds an account by link and shows the code the OTP core computes now, grouped for reading', async () => {
    await popup.addByUri(LINK);
    const shown = await popup.codeOf('Acme Cloud');
    expect(codesAroundNow({ secret: 'KRUGS4ZANFZSAYJAORSXG5BAONSWG4TF' })).toContain(shown);
    expect(await popup.row('Acme Cloud').getByTestId('account-code').locator('.now').textContent()).toBe(groupCode(shown));
    expect(await popup.row('Acme Cloud').getByRole('img').getAttribute('aria-label')).toMatch(/^\d+ seconds left$/);
  });

  it('says so when the same account is added twice', async () => {
    await popup.page.getByTestId('add-account').click();
    await popup.page.getByTestId('add-uri-input').fill(LINK);
    await popup.page.getByTestId('add-uri-submit').click();
    await popup.page.getByTestId('add-submit').click();
    await expect.poll(() => popup.page.getByTestId('add-error').textContent()).toContain('already exists');
    await popup.page.getByText('Cancel').click();
    await popup.page.getByTestId('account-row').first().waitFor();
  });

  it('filters as you type, and "/" focuses the search', async () => {
    await popup.seed(OTHERS);
    await reopen();
    await popup.page.locator('body').press('/');
    expect(await popup.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('search');
    await popup.page.keyboard.type('plum');
    await expect.poll(() => popup.issuers()).toEqual(['Plumbus Corp']);
    await popup.search('example.test');
    await expect.poll(() => popup.issuers().then((issuers) => issuers.length)).toBe(4);
    await popup.search('nothing like this');
    await popup.page.getByTestId('no-results').waitFor();
    await popup.search('');
  });

  it('sorts by name or in the user’s own order, which Alt+↑ changes and the worker keeps', async () => {
    await expect.poll(() => popup.issuers()).toEqual(['Acme Cloud', 'Plumbus Corp', 'Zyxwvu Bank', 'Quux Mail']);
    await popup.page.getByTestId('sort-toggle').click();
    await expect.poll(() => popup.issuers()).toEqual(['Acme Cloud', 'Plumbus Corp', 'Quux Mail', 'Zyxwvu Bank']);
    await popup.page.getByTestId('sort-toggle').click();
    await popup.row('Quux Mail').focus();
    await popup.page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => popup.issuers()).toEqual(['Acme Cloud', 'Plumbus Corp', 'Quux Mail', 'Zyxwvu Bank']);
    await reopen();
    await expect.poll(() => popup.issuers()).toEqual(['Acme Cloud', 'Plumbus Corp', 'Quux Mail', 'Zyxwvu Bank']);
  });

  it('pins an account to the top and keeps it there', async () => {
    await popup.openMenu('Zyxwvu Bank');
    await popup.page.getByTestId('pin-account').click();
    await expect.poll(() => popup.issuers()).toEqual(['Zyxwvu Bank', 'Acme Cloud', 'Plumbus Corp', 'Quux Mail']);
    await reopen();
    await expect.poll(() => popup.issuers()).toEqual(['Zyxwvu Bank', 'Acme Cloud', 'Plumbus Corp', 'Quux Mail']);
    expect(await popup.row('Zyxwvu Bank').getByTestId('pinned-mark').count()).toBe(1);
  });

  it('works by keyboard: arrows move between rows, Enter copies, Esc closes the menu', async () => {
    const focused = () => popup.page.evaluate(() => document.activeElement?.querySelector('[data-testid="account-issuer"]')?.textContent);
    await popup.page.getByTestId('search').focus();
    await popup.page.keyboard.press('ArrowDown');
    await expect.poll(focused).toBe('Zyxwvu Bank');
    await popup.page.keyboard.press('ArrowDown');
    await expect.poll(focused).toBe('Acme Cloud');
    await popup.page.keyboard.press('Enter');
    await expect.poll(() => popup.page.getByTestId('copied').textContent()).toContain('Acme Cloud');
    await popup.page.keyboard.press('Shift+F10');
    await popup.page.getByTestId('account-menu-list').waitFor();
    await popup.page.keyboard.press('Escape');
    await popup.page.getByTestId('account-menu-list').waitFor({ state: 'detached' });
    expect(await popup.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('account-menu');
  });

  it('shows the QR code only after the password, and the QR holds the account’s link', async () => {
    await popup.openMenu('Acme Cloud');
    await popup.page.getByTestId('show-qr').click();
    await popup.page.getByTestId('reveal-password').fill('not the password');
    await popup.page.getByTestId('reveal-submit').click();
    await expect.poll(() => popup.page.getByTestId('reveal-error').textContent()).toContain('Wrong password');
    expect(await popup.page.getByTestId('qr-code').count()).toBe(0);
    await popup.page.getByTestId('reveal-password').fill(TEST_PASSWORD);
    await popup.page.getByTestId('reveal-submit').click();
    await popup.page.getByTestId('qr-code').waitFor();
    expect(await popup.readQr()).toBe(toOtpauthUri(parseOtpauthUri(LINK)));
    await popup.page.keyboard.press('Escape');
    await popup.page.getByTestId('qr-code').waitFor({ state: 'detached' });
  });

  it('deletes several accounts after one confirmation', async () => {
    await popup.page.getByTestId('edit-mode').click();
    await popup.row('Plumbus Corp').getByTestId('select-account').check();
    await popup.row('Quux Mail').getByTestId('select-account').check();
    await popup.page.getByTestId('delete-selected').click();
    await popup.page.keyboard.press('Escape');
    expect(await popup.issuers()).toHaveLength(4);
    await popup.page.getByTestId('delete-selected').click();
    await popup.page.getByTestId('confirm-delete').click();
    await expect.poll(() => popup.issuers()).toEqual(['Zyxwvu Bank', 'Acme Cloud']);
    await reopen();
    await expect.poll(() => popup.issuers()).toEqual(['Zyxwvu Bank', 'Acme Cloud']);
  });

  it('issues HOTP codes with the counter saved first, and shows Steam codes as 5 characters', async () => {
    const hotp = { issuer: 'Counter Co', label: 'c@example.test', secret: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', type: 'hotp' as const };
    const steam = { issuer: 'Steam', label: 'gamer', secret: 'MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U', type: 'steam' as const };
    await popup.seed([hotp, steam]);
    await reopen();
    await popup.row('Counter Co').getByTestId('hotp-next').click();
    expect(await popup.codeOf('Counter Co')).toBe(generateCode(validateAccount({ ...hotp, counter: 0 }), Date.now()));
    await popup.row('Counter Co').getByTestId('hotp-next').click();
    const second = generateCode(validateAccount({ ...hotp, counter: 1 }), Date.now());
    await expect.poll(() => popup.codeOf('Counter Co')).toBe(second);
    await reopen();
    expect(await popup.codeOf('Counter Co')).toBe(second);
    const steamCode = await popup.codeOf('Steam');
    expect(steamCode).toHaveLength(5);
    expect(codesAroundNow(steam)).toContain(steamCode);
  });

  it('edits names, linked sites and a picture icon, and keeps them', async () => {
    const picture = '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100"><rect width="200" height="100" fill="#c00"/></svg>';
    await popup.openMenu('Acme Cloud');
    await popup.page.getByTestId('edit-account').click();
    await popup.page.getByTestId('edit-label').fill('grace@example.test');
    await popup.page.getByTestId('add-site-input').fill('login.acme.test');
    await popup.page.getByTestId('add-site').click();
    await popup.page.getByTestId('icon-file').setInputFiles({ name: 'logo.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(picture) });
    await popup.page.locator('.icon-picker [data-testid="account-icon-image"]').waitFor();
    await popup.page.getByTestId('edit-save').click();
    await reopen();
    expect(await popup.row('Acme Cloud').getByTestId('account-label').textContent()).toBe('grace@example.test');
    const icon = await popup.row('Acme Cloud').getByTestId('account-icon-image').getAttribute('src');
    expect(icon).toMatch(/^data:image\/png;base64,/);
    // Re-drawn at 64×64, whatever the original's size.
    expect(await popup.row('Acme Cloud').getByTestId('account-icon-image').evaluate((image: HTMLImageElement) => [image.naturalWidth, image.naturalHeight])).toEqual([64, 64]);
    await popup.openMenu('Acme Cloud');
    await popup.page.getByTestId('edit-account').click();
    await popup.page.getByTestId('site-link').first().waitFor();
    expect(await popup.page.getByTestId('site-link').allTextContents()).toEqual([expect.stringContaining('https://login.acme.test')]);
    await popup.page.getByText('Cancel').click();
  });
});
