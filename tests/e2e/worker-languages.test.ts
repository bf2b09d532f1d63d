/**
 * What the worker says follows the browser's language too: in a German Chromium its errors reach the
 * options page in German, already translated where they were made (utils/i18n/translate.ts).
 * Needs Debian's chromium-l10n (German UI resources), as languages.test.ts does.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from './harness/extension';
import { ROOT } from './harness/paths';
import { PopupPage } from './pages/popup';

const TWOFOLD_SAMPLE = path.join(ROOT, 'tests/fixtures/backups/twofold-backup-sample.json');

describe('the worker’s messages in a German browser', () => {
  let session: ExtensionSession;
  let options: Page;

  beforeAll(async () => {
    session = await launchExtension({ locale: 'de' });
    const popup = await PopupPage.open(session);
    await popup.setUp();
    await popup.page.close();
    options = await session.openExtensionPage('options.html');
  });
  afterAll(async () => {
    await session?.close();
  });

  it('says in German why a file cannot be imported', async () => {
    await options.getByTestId('import-file').setInputFiles({ name: 'export.zip', mimeType: 'application/zip', buffer: Buffer.from('PK\u0003\u0004rest of an archive') });
    await expect
      .poll(() => options.getByTestId('import-error').textContent())
      .toBe('Das ist ein ZIP-Archiv, das Twofold noch nicht öffnen kann. Entpacke es und importiere die Datei darin.');
  });

  it('says in German that a backup’s password is wrong', async () => {
    await options.getByTestId('import-file').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: await readFile(TWOFOLD_SAMPLE) });
    await options.getByTestId('import-password').fill('not the password');
    await options.getByTestId('import-password-submit').click();
    await expect
      .poll(() => options.getByTestId('import-error').textContent())
      .toBe('Mit diesem Passwort lässt sich die Sicherung nicht öffnen. Prüfe es und versuche es noch einmal.');
  });

  it('answers a request in German when it is refused', async () => {
    const reply = await options.evaluate(() => chrome.runtime.sendMessage({ twofold: 1, type: 'no.such.message' }));
    expect(reply).toEqual({ ok: false, error: { name: 'TwofoldError', code: 'unknown-message', message: 'Twofold kennt diese Anfrage nicht.' } });
  });
});
