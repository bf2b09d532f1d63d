import path from 'node:path';
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from './harness/extension';
import { SHARED_DIR } from './harness/paths';
import { codesAroundNow } from './harness/expected-code';
import { PopupPage } from './pages/popup';
import { QrPanel } from './pages/qr-panel';
import type { AccountView } from '../../utils/accounts/model';

const GOOGLE = path.join(SHARED_DIR, 'fixtures/imports/google_authenticator');
/** Real Google Authenticator screenshots: _1 and _2 hold the same code (2nd of an export of 3), _3 the 1st of another export of 4. */
const EXPORT_SCREENSHOTS = [1, 2, 3].map((n) => path.join(GOOGLE, `proton-pass-common/GoogleAuthenticatorExport_${n}.png`));
/** One code with Test1…Test3 (secrets from EXPECTED.json there). */
const EXAMPLE_EXPORT = path.join(GOOGLE, 'extract_otp_secrets/example_export.png');
const TEST1 = { issuer: 'Test1', label: 'test1@example1.com', secret: 'JBSWY3DPEHPK3PXP' };

describe('loading QR code pictures', () => {
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

  it('reads several export screenshots at once on the options page and tracks each export', async () => {
    const options = await session.openExtensionPage('options.html');
    const area = options.getByTestId('qr-image-import');
    const qr = new QrPanel(options);
    await qr.loadImages(EXPORT_SCREENSHOTS);
    const batches = area.getByTestId('qr-migration');
    await expect.poll(() => batches.count(), { timeout: 15_000 }).toBe(2);
    expect(await batches.getByTestId('qr-migration-progress').allTextContents()).toEqual(['1 of 3 QR codes scanned', '1 of 4 QR codes scanned']);
    // The same code in two screenshots counts once.
    expect(await batches.nth(0).getByTestId('qr-migration-account').count()).toBe(10);

    await batches.nth(0).getByTestId('qr-migration-import').click();
    await expect.poll(() => options.getByTestId('qr-notice').textContent()).toBe('Imported 10 accounts.');
    const reply = (await options.evaluate(() => chrome.runtime.sendMessage({ twofold: 1, type: 'accounts.list' }))) as { value: AccountView[] };
    expect(reply.value.map((account) => account.label)).toEqual(expect.arrayContaining(['new0', 'new2', 'new10']));
    await qr.page.getByTestId('qr-discard').click();
    await options.close();
  });

  it('reads a picture chosen in the popup, and explains files that are no QR picture', async () => {
    const notAnImage = path.join(os.tmpdir(), 'twofold-not-an-image.png');
    await writeFile(notAnImage, 'this is text, not a PNG');
    await popup.page.reload();
    await popup.page.getByTestId('add-account').click();
    const qr = new QrPanel(popup.page);
    await qr.loadImages([EXAMPLE_EXPORT, notAnImage]);
    const batch = popup.page.getByTestId('qr-migration');
    await expect.poll(() => batch.getByTestId('qr-migration-account').count(), { timeout: 15_000 }).toBe(3);
    expect(await qr.explanations()).toEqual([{ reason: 'unreadable-image', text: expect.stringContaining('twofold-not-an-image.png') }]);
    await batch.getByTestId('qr-migration-import').click();
    await popup.row('Test1').waitFor();
    expect(codesAroundNow(TEST1)).toContain(await popup.codeOf('Test1'));
  });

  it('takes pictures dropped on the panel or pasted into the popup', async () => {
    await popup.page.evaluate(() => chrome.runtime.sendMessage({ twofold: 1, type: 'qr.discard' }));
    await popup.page.reload();
    await popup.page.getByTestId('add-account').click();
    const base64 = (await readFile(EXAMPLE_EXPORT)).toString('base64');
    for (const gesture of ['drop', 'paste'] as const) {
      await popup.page.evaluate(
        ([gesture, base64]) => {
          const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
          const transfer = new DataTransfer();
          transfer.items.add(new File([bytes], 'screenshot.png', { type: 'image/png' }));
          if (gesture === 'drop') {
            document.querySelector('[data-testid="qr-drop-zone"]')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
          } else {
            window.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, cancelable: true }));
          }
        },
        [gesture, base64] as const,
      );
      // Test1…Test3 are in the vault already (previous test): the export is read again, and importing says so.
      await expect.poll(() => popup.page.getByTestId('qr-migration-account').count(), { timeout: 15_000 }).toBe(3);
      await popup.page.getByTestId('qr-migration-import').click();
      await expect.poll(() => popup.page.getByTestId('qr-notice').textContent()).toContain('Imported 0 accounts. An account for Test1');
      await popup.page.getByTestId('qr-discard').click();
    }
  });
});
