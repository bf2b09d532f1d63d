/**
 * Import and export on the options page, end to end: an encrypted Aegis backup
 * through the password prompt and the preview (new / duplicate / invalid) into
 * the popup with the right codes and icon; a damaged file that writes nothing;
 * an export that needs the password again and decrypts (openFile) to the same
 * accounts; Google Authenticator transfer codes that read back.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMigrationUri } from '../../utils/otp/migration';
import { bytesToBase64 } from '../../utils/vault/bytes';
import { openFile } from '../../utils/vault/file-envelope';
import { codesAroundNow } from './harness/expected-code';
import { contentWorld } from './harness/content-world';
import { launchExtension, type ExtensionSession } from './harness/extension';
import { ROOT, SHARED_DIR } from './harness/paths';
import { startServer } from './harness/server';
import { PopupPage, TEST_PASSWORD } from './pages/popup';

const AEGIS_ENCRYPTED = path.join(SHARED_DIR, 'fixtures/imports/aegis/Stratum/aegis.encrypted.json');
const TWOFOLD_SAMPLE = path.join(ROOT, 'tests/fixtures/backups/twofold-backup-sample.json');
const ALREADY_THERE = { issuer: 'Standard', label: 'Totp', secret: '54VEGZFJHM3BGDONFERMPUOKNGDJETGM' };

interface StoredAccountLike {
  issuer: string;
  label: string;
  secret: string;
  icon: { kind: string; dataUrl?: string };
}

/** The worker's account list, asked from an extension page. */
function listAccounts(page: Page): Promise<StoredAccountLike[]> {
  return page.evaluate(async () => ((await chrome.runtime.sendMessage({ twofold: 1, type: 'accounts.list' })) as { value: StoredAccountLike[] }).value);
}

async function previewRows(page: Page): Promise<string[]> {
  await page.getByTestId('import-preview-row').first().waitFor();
  return page.getByTestId('import-preview-row').evaluateAll((rows) =>
    rows.map((row) => `${row.getAttribute('data-status')} ${row.querySelector('[data-testid="import-row-issuer"]')?.textContent}`),
  );
}

describe('import and export on the options page', () => {
  let session: ExtensionSession;
  let options: Page;

  beforeAll(async () => {
    session = await launchExtension();
    const popup = await PopupPage.open(session);
    await popup.setUp();
    await popup.seed([ALREADY_THERE]);
    await popup.page.close();
    options = await session.openExtensionPage('options.html');
  });
  afterAll(async () => {
    await session?.close();
  });

  it('imports an encrypted Aegis backup: password, preview with marks, only the chosen accounts', async () => {
    await options.getByTestId('import-file').setInputFiles(AEGIS_ENCRYPTED);
    await options.getByTestId('import-password').fill('not the password');
    await options.getByTestId('import-password-submit').click();
    await expect.poll(() => options.getByTestId('import-error').textContent()).toContain('does not open this backup');
    await options.getByTestId('import-password').fill('test');
    await options.getByTestId('import-password-submit').click();

    expect(await previewRows(options)).toEqual([
      'new Long', 'new Many', 'new Sha', 'new Sha', 'new Standard', 'duplicate Standard', 'new NoIssuer', 'new Username', 'new Steam',
      'invalid Motp (Motp)', 'invalid Yandex (Yandex)',
    ]);
    const reasons = await options.getByTestId('import-row-reason').allTextContents();
    expect(reasons).toEqual(['Already in Twofold.', expect.stringMatching(/mOTP/), expect.stringMatching(/Yandex/)]);
    expect(await options.getByTestId('import-preview-row').filter({ hasText: 'Cannot import' }).getByTestId('import-row-select').first().isDisabled()).toBe(true);
    expect(await listAccounts(options)).toHaveLength(1);

    // Leave one new account out.
    await options.getByTestId('import-preview-row').filter({ hasText: 'NoIssuer' }).getByTestId('import-row-select').uncheck();
    await options.getByTestId('import-confirm').click();
    await expect.poll(() => options.getByTestId('import-done').textContent()).toContain('Imported 7 accounts');

    const accounts = await listAccounts(options);
    expect(accounts.map((account) => account.issuer)).not.toContain('NoIssuer');
    expect(accounts).toHaveLength(8);
    // The PNG icon became our own 64×64 PNG; the others (SVG in the file) are automatic.
    const withIcon = accounts.find((account) => account.label === 'Username')!;
    expect(withIcon.icon.kind).toBe('image');
    const png = Buffer.from(withIcon.icon.dataUrl!.split(',')[1]!, 'base64');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([64, 64]);
    expect(accounts.find((account) => account.issuer === 'Long')?.icon.kind).toBe('auto');

    const popup = await PopupPage.open(session);
    expect(codesAroundNow({ issuer: 'Long', label: 'Period', secret: 'JGRMXBLPPYQIFMRBFQDHNP3MPPYQYNUN', period: 60 })).toContain(await popup.codeOf('Long'));
    expect(codesAroundNow({ issuer: 'Many', label: 'Digits', secret: 'WEV2GHDH4EAU7D5SZGCIQOFBNQ35EHBS', digits: 9 })).toContain(await popup.codeOf('Many'));
    await popup.page.close();
  });

  it('shows what is wrong with a damaged backup and writes nothing', async () => {
    const file = JSON.parse(await readFile(TWOFOLD_SAMPLE, 'utf8')) as { ct: string };
    const damaged = { ...file, ct: `AAAA${file.ct.slice(4)}` };
    await options.getByTestId('import-file').setInputFiles({ name: 'damaged.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(damaged)) });
    await options.getByTestId('import-password').fill('twofold sample backup');
    await options.getByTestId('import-password-submit').click();
    await expect.poll(() => options.getByTestId('import-error').textContent()).toContain('This Twofold backup is damaged or incomplete');
    expect(await options.getByTestId('import-preview-row').count()).toBe(0);
    expect(await listAccounts(options)).toHaveLength(8);
  });

  it('previews pasted links and dropped files too, and a cancelled preview writes nothing', async () => {
    await options.getByTestId('import-text').fill('otpauth://totp/Pasted:me?secret=MFRGGZDFMZTWQ2LK&issuer=Pasted');
    await options.getByTestId('import-text-submit').click();
    expect(await previewRows(options)).toEqual(['new Pasted']);
    await options.getByTestId('import-cancel').click();

    await options.getByTestId('import-drop-zone').evaluate((zone) => {
      const dropped = new DataTransfer();
      dropped.items.add(new File(['otpauth://totp/Dropped:me?secret=MFRGGZDFMZTWQ2LK&issuer=Dropped'], 'links.txt'));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dropped, bubbles: true, cancelable: true }));
    });
    expect(await previewRows(options)).toEqual(['new Dropped']);
    await options.getByTestId('import-cancel').click();
    expect(await listAccounts(options)).toHaveLength(8);
  });

  it('exports only after the password again: a wrong one gives no file, the right one an encrypted backup of every account', async () => {
    let downloads = 0;
    options.on('download', () => downloads++);
    await options.getByTestId('export-format').selectOption('twofold-encrypted');
    await options.getByTestId('export-password').fill('wrong password');
    await options.getByTestId('export-submit').click();
    await expect.poll(() => options.getByTestId('export-error').textContent(), { timeout: 20_000 }).toContain('Wrong password');
    expect(downloads).toBe(0);
    expect(await listAccounts(options)).toHaveLength(8);

    await options.getByTestId('export-password').fill(TEST_PASSWORD);
    const [download] = await Promise.all([options.waitForEvent('download', { timeout: 30_000 }), options.getByTestId('export-submit').click()]);
    expect(download.suggestedFilename()).toMatch(/^twofold-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const text = await readFile((await download.path())!, 'utf8');
    expect(text).not.toContain('JGRMXBLPPYQIFMRBFQDHNP3MPPYQYNUN');
    const payload = (await openFile(TEST_PASSWORD, text)) as { format: string; accounts: StoredAccountLike[] };
    expect(payload.format).toBe('twofold-export');
    expect(payload.accounts.map((account) => account.secret).sort()).toEqual(
      expect.arrayContaining([ALREADY_THERE.secret, 'JGRMXBLPPYQIFMRBFQDHNP3MPPYQYNUN', 'WEV2GHDH4EAU7D5SZGCIQOFBNQ35EHBS']),
    );
    expect(payload.accounts).toHaveLength(8);
    await options.getByTestId('export-done').waitFor();
  });

  it('shows Google Authenticator transfer codes one after another, after the plain-export warning', async () => {
    await options.getByTestId('export-format').selectOption('google-qr');
    await options.getByTestId('export-password').fill(TEST_PASSWORD);
    expect(await options.getByTestId('export-submit').isDisabled()).toBe(true);
    await options.getByTestId('export-plain-warning').check();
    await options.getByTestId('export-submit').click();
    await options.getByTestId('export-qr').waitFor();
    expect(await options.getByTestId('export-qr-position').textContent()).toBe('Code 1 of 1');
    expect(await options.getByTestId('export-omitted').textContent()).toContain('Steam');
    await options.getByTestId('qr-code').waitFor();
    // Read off the screen as a phone would (the popup's page object knows how to read a drawn QR code).
    const link = await new PopupPage(options).readQr();
    expect(parseMigrationUri(link!).accounts.map((account) => account.issuer)).toContain('Standard');
    await options.getByTestId('export-qr-done').click();
    expect(await options.getByTestId('export-qr').count()).toBe(0);
  });

  it('refuses import and export messages from a web page’s content script', async () => {
    const server = await startServer();
    const page = await session.context.newPage();
    await page.goto(server.url('/basic/hello.html'));
    const world = await contentWorld(page, session.extensionId);
    const types = ['import.preview', 'import.commit', 'import.cancel', 'export.create'];
    const payload = { fileName: 'x', data: bytesToBase64(new TextEncoder().encode('otpauth://totp/x?secret=JBSWY3DPEHPK3PXP')), previewId: 'x', indexes: [0], format: 'otpauth-list', password: TEST_PASSWORD };
    const replies = await world.evaluate<Array<{ ok: boolean; error?: { code: string } }>>(
      `Promise.all(${JSON.stringify(types)}.map((type) => chrome.runtime.sendMessage({ twofold: 1, type, payload: ${JSON.stringify(payload)} })))`,
    );
    expect(replies).toHaveLength(types.length);
    for (const reply of replies) expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await world.detach();
    await page.close();
    await server.close();
  });
});
