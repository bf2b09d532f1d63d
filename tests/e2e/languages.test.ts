/**
 * Twofold speaks the browser's language: Chromium started in German shows the popup,
 * the options page and the extension's own name and commands in German; a language
 * without a catalog gets English. Needs Debian's chromium-l10n (German UI resources).
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionSession } from './harness/extension';
import { PopupPage } from './pages/popup';

const GERMAN_PAK = '/usr/lib/chromium/locales/de.pak';

async function pageLanguage(page: Page): Promise<{ lang: string; title: string; ui: string }> {
  return page.evaluate(() => ({ lang: document.documentElement.lang, title: document.title, ui: chrome.i18n.getUILanguage() }));
}

it('has the German browser resources (apt-get install chromium-l10n)', () => {
  expect(existsSync(GERMAN_PAK), `${GERMAN_PAK} is missing: apt-get install -y chromium-l10n`).toBe(true);
});

describe('in a German browser', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchExtension({ locale: 'de' });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('names and describes the extension and its commands in German', async () => {
    const popup = await PopupPage.open(session);
    const manifest = await popup.page.evaluate(async () => ({
      name: chrome.runtime.getManifest().name,
      description: chrome.runtime.getManifest().description,
      commands: (await chrome.commands.getAll()).map(({ name, description }) => ({ name, description })),
    }));
    expect(manifest.name).toBe('Twofold');
    expect(manifest.description).toBe('Zwei-Faktor-Codes in deinem Browser, verschlüsselt auf deinem Gerät.');
    expect(manifest.commands).toEqual(
      expect.arrayContaining([
        { name: 'scan-qr', description: 'QR-Code auf dieser Seite scannen' },
        { name: 'fill-code', description: 'Zwei-Faktor-Code auf dieser Seite einfügen' },
      ]),
    );
    await popup.page.close();
  });

  it('shows the first-run password screen in German', async () => {
    const popup = await PopupPage.open(session);
    const { page } = popup;
    await page.getByRole('heading', { name: 'Willkommen bei Twofold' }).waitFor();
    expect(await pageLanguage(page)).toEqual({ lang: 'de', title: 'Twofold', ui: 'de' });
    expect(await page.getByTestId('setup-submit').textContent()).toContain('Tresor anlegen');
    await page.getByLabel('Passwort bestätigen').waitFor();
    expect(await page.getByTestId('setup-strength').textContent()).toBe('Wähle ein Passwort, das du nirgends sonst verwendest.');

    await popup.setUp();
    await page.getByText('Noch keine Konten. Füge eines mit „+ Hinzufügen“ hinzu.').waitFor();
    expect(await page.getByTestId('lock-button').textContent()).toContain('Sperren');
    expect(await page.getByTestId('search').getAttribute('aria-label')).toBe('Konten durchsuchen');
    await page.getByTestId('add-account').click();
    await page.getByRole('heading', { name: 'Konto hinzufügen' }).waitFor();
    await page.close();
  });

  it('shows the options page in German', async () => {
    const options = await session.openExtensionPage('options.html');
    await options.getByRole('heading', { name: 'Automatisch sperren' }).waitFor();
    expect(await pageLanguage(options)).toEqual({ lang: 'de', title: 'Twofold-Einstellungen', ui: 'de' });
    for (const heading of ['Passwort ändern', 'Konten importieren', 'Konten exportieren', 'Sicherungscodes']) {
      expect(await options.getByRole('heading', { name: heading }).count(), heading).toBe(1);
    }
    const choices = await options.getByTestId('autolock-minutes').locator('option').allTextContents();
    expect(choices).toEqual(expect.arrayContaining(['Nach 1 Minute', 'Nach 10 Minuten', 'Nach 1 Stunde', 'Nur wenn der Browser geschlossen wird']));
    await options.close();
  });
});

describe('in a browser language Twofold has no catalog for (French)', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchExtension({ locale: 'fr' });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('falls back to English', async () => {
    const popup = await PopupPage.open(session);
    await popup.page.getByRole('heading', { name: 'Welcome to Twofold' }).waitFor();
    expect(await pageLanguage(popup.page)).toEqual({ lang: 'en', title: 'Twofold', ui: 'fr' });
    const description = await popup.page.evaluate(() => chrome.runtime.getManifest().description);
    expect(description).toBe('Two-factor codes in your browser, encrypted on your device.');
    await popup.page.close();

    const options = await session.openExtensionPage('options.html');
    await options.getByRole('heading', { name: 'Welcome to Twofold' }).waitFor();
    expect(await pageLanguage(options)).toEqual({ lang: 'en', title: 'Twofold settings', ui: 'fr' });
    await options.close();
  });
});
