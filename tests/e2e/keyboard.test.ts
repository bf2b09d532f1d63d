/**
 * The popup by keyboard alone: every tab stop in a sensible order with the
 * focus ring of theme.css visible on it (custom controls too: account rows,
 * menu items, colour swatches), the list's arrow keys, the row menu, and
 * "+ Add" and "Lock" opened without a mouse.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from './harness/extension';
import { focusStop, pressAndFocus, tabStops } from './harness/focus';
import { PopupPage, TEST_PASSWORD, type SeedAccount } from './pages/popup';

const ACCOUNTS: SeedAccount[] = [
  { issuer: 'Alpha Cloud', label: 'ada@example.test', secret: 'KRUGS4ZANFZSAYJAORSXG5BAONSWG4TF' },
  { issuer: 'Beta Mail', label: 'ada@example.test', secret: 'MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U' },
  { issuer: 'Gamma Bank', label: 'ada', secret: 'ONSWG4TFOQYTEMZUGU3DOOBZGAYTEMZU' },
];

describe('the popup by keyboard', () => {
  let session: ExtensionSession;
  let popup: PopupPage;

  beforeAll(async () => {
    session = await launchExtension({ viewport: { width: 360, height: 600 } });
    popup = await PopupPage.open(session);
    await popup.setUp();
    await popup.seed(ACCOUNTS);
  });
  afterAll(async () => {
    await session?.close();
  });

  /** A fresh popup with the focus nowhere yet, as the toolbar opens it. */
  async function reopen(): Promise<void> {
    await popup.page.reload();
    await popup.page.getByTestId('account-code').first().waitFor();
  }

  const rowName = () => popup.page.evaluate(() => document.activeElement?.closest('[data-testid="account-row"]')?.querySelector('[data-testid="account-issuer"]')?.textContent);

  it('tabs through the header, the toolbar and the list, with a visible focus ring on every stop', async () => {
    await reopen();
    const stops = await tabStops(popup.page, 7);
    expect(stops.map((stop) => stop?.name)).toEqual(['add-account', 'lock-button', 'search', 'sort-toggle', 'edit-mode', 'account-row', 'account-menu']);
    expect(stops.filter((stop) => stop?.hidden)).toEqual([]);
  });

  it('moves between accounts with the arrow keys, Home and End, as one tab stop', async () => {
    await popup.page.keyboard.press('Shift+Tab');
    expect(await rowName()).toBe('Alpha Cloud');
    expect(await pressAndFocus(popup.page, 'ArrowDown')).toEqual({ name: 'account-row', hidden: '' });
    expect(await rowName()).toBe('Beta Mail');
    await popup.page.keyboard.press('End');
    expect(await rowName()).toBe('Gamma Bank');
    await popup.page.keyboard.press('Home');
    expect(await rowName()).toBe('Alpha Cloud');
    // Back out of the list with Shift+Tab: the rows are one stop, not three.
    expect((await pressAndFocus(popup.page, 'Shift+Tab'))?.name).toBe('edit-mode');
  });

  it('opens a row menu with Enter, moves in it with arrows, and Esc gives the focus back', async () => {
    await tabStops(popup.page, 2);
    expect((await focusStop(popup.page))?.name).toBe('account-menu');
    expect(await pressAndFocus(popup.page, 'Enter')).toEqual({ name: 'pin-account', hidden: '' });
    expect(await pressAndFocus(popup.page, 'ArrowDown')).toEqual({ name: 'edit-account', hidden: '' });
    expect(await pressAndFocus(popup.page, 'ArrowUp')).toEqual({ name: 'pin-account', hidden: '' });
    expect(await pressAndFocus(popup.page, 'Escape')).toEqual({ name: 'account-menu', hidden: '' });
    expect(await popup.page.getByTestId('account-menu-list').count()).toBe(0);
  });

  it('edits an account from its menu: every control, colour swatches included, shows the focus', async () => {
    await popup.page.keyboard.press('Enter');
    await popup.page.getByTestId('account-menu-list').waitFor();
    await popup.page.keyboard.press('ArrowDown');
    await popup.page.keyboard.press('Enter');
    await popup.page.getByTestId('edit-issuer').waitFor();
    await popup.page.getByTestId('edit-issuer').focus();
    const stops = await tabStops(popup.page, 4);
    expect(stops.map((stop) => stop?.name)).toEqual(['edit-label', 'icon-auto', 'icon-file', 'add-site-input']);
    // Choose "Letter" with the arrow keys inside the radio group: the swatches appear, each reachable.
    await popup.page.keyboard.press('Shift+Tab');
    await popup.page.keyboard.press('Shift+Tab');
    expect(await pressAndFocus(popup.page, 'ArrowRight')).toEqual({ name: 'icon-letter', hidden: '' });
    const swatches = await tabStops(popup.page, 2);
    expect(swatches.map((stop) => stop?.name)).toEqual([expect.stringMatching(/^radio "Colour #/), expect.stringMatching(/^radio "Colour #/)]);
    expect([...stops, ...swatches].filter((stop) => stop?.hidden)).toEqual([]);
    await popup.page.getByRole('button', { name: 'Cancel' }).focus();
    await popup.page.keyboard.press('Enter');
    await popup.page.getByTestId('account-row').first().waitFor();
  });

  it('opens "+ Add" with the keyboard, reaches every field with the ring showing, and Cancel returns to the list', async () => {
    await reopen();
    await popup.page.keyboard.press('Tab');
    await popup.page.keyboard.press('Enter');
    await popup.page.getByTestId('add-secret').waitFor();
    const stops = await tabStops(popup.page, 8);
    expect(stops.map((stop) => stop?.name)).toEqual([
      'lock-button', 'add-uri-input', 'add-scan-page', 'add-load-image', 'add-secret', 'add-issuer', 'add-label', 'add-advanced',
    ]);
    expect(stops.filter((stop) => stop?.hidden)).toEqual([]);
    await popup.page.keyboard.press('Enter');
    expect((await pressAndFocus(popup.page, 'Tab'))?.name).toBe('add-type');
    await popup.page.getByRole('button', { name: 'Cancel' }).focus();
    await popup.page.keyboard.press('Enter');
    await popup.page.getByTestId('account-row').first().waitFor();
  });

  it('locks with the keyboard, and the password field is ready for typing', async () => {
    await reopen();
    await tabStops(popup.page, 2);
    expect((await focusStop(popup.page))?.name).toBe('lock-button');
    await popup.page.keyboard.press('Enter');
    await popup.page.getByTestId('unlock-password').waitFor();
    expect((await focusStop(popup.page))?.name).toBe('unlock-password');
    await popup.page.keyboard.type(TEST_PASSWORD);
    await popup.page.keyboard.press('Enter');
    await popup.expectState('add-account');
  });
});
