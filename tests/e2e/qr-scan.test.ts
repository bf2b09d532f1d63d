import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionSession } from './harness/extension';
import { startServer, type TestServer } from './harness/server';
import { codesAroundNow } from './harness/expected-code';
import { clickToolbarButtonOn, openQrPage, serveQrSets } from './harness/qr-codes';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { contentWorld } from './harness/content-world';
import { EXTENSION_DIR, SHARED_DIR } from './harness/paths';
import { PopupPage } from './pages/popup';
import { QrPanel } from './pages/qr-panel';
import type { AccountView } from '../../utils/accounts/model';
import { toMigrationUris } from '../../utils/otp/migration';
import { validateAccount } from '../../utils/otp/validate';

const ACME = { issuer: 'Acme Cloud', label: 'qr-alice@example.test', secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXQ' };
const uriOf = ({ issuer, label, secret }: typeof ACME, extra = '') =>
  `otpauth://totp/${encodeURIComponent(issuer)}:${encodeURIComponent(label)}?secret=${secret}&issuer=${encodeURIComponent(issuer)}${extra}`;
const BETA = { issuer: 'Beta Mail', label: 'qr-bob@example.test', secret: 'KRUGS4ZANFZSAYJAORSXG5BAONSWG4TF' };
/** A Google Authenticator export of three accounts, two per QR code: one batch of two codes. */
const EXPORTED = [
  { issuer: 'Gamma Bank', label: 'carol', secret: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ' },
  { issuer: 'Delta Shop', label: 'dave', secret: 'MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U' },
  { issuer: 'Echo Forum', label: 'erin', secret: 'ONSWG4TFOQYTEMZUGU3DOOBZGAYTEMZU' },
];
const [EXPORT_CODE_1, EXPORT_CODE_2] = toMigrationUris(EXPORTED.map((account) => validateAccount(account)), 2);
/** Microsoft Authenticator's work-account push enrolment: not a code Twofold can generate. */
const MICROSOFT_PUSH = 'phonefactor://activate_account?code=123456789&url=https%3A%2F%2Fmobileappcommunicator.auth.microsoft.com%2Factivate%2F123%2FWEU';

async function listAccounts(page: Page): Promise<AccountView[]> {
  const reply = (await page.evaluate(() => chrome.runtime.sendMessage({ twofold: 1, type: 'accounts.list' }))) as { value: AccountView[] };
  return reply.value;
}

describe('scanning QR codes on the page in front', () => {
  let session: ExtensionSession;
  let server: TestServer;
  let popup: PopupPage;

  beforeAll(async () => {
    server = await startServer();
    serveQrSets(server, {
      one: [{ text: uriOf(ACME), x: 560, y: 90, moduleSize: 5 }],
      two: [
        { text: uriOf(BETA, '&digits=8'), x: 80, y: 260, moduleSize: 4 },
        { text: 'https://example.test/not-two-factor', x: 700, y: 300, moduleSize: 4, inverted: true },
      ],
      'export-1': [{ text: EXPORT_CODE_1!, x: 500, y: 100, moduleSize: 4 }],
      'export-2': [
        { text: EXPORT_CODE_2!, x: 100, y: 250, moduleSize: 4 },
        { text: MICROSOFT_PUSH, x: 700, y: 250, moduleSize: 4 },
      ],
    });
    session = await launchExtension();
    popup = await PopupPage.open(session);
    await popup.setUp();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('finds the enrolment QR code, shows it without the secret, and saves it only when confirmed, linked to the site', async () => {
    const page = await openQrPage(session, server, 'one', 'enrol.example.test');
    await clickToolbarButtonOn(session, page);
    await popup.page.getByTestId('add-account').click();
    const qr = new QrPanel(popup.page);
    await qr.scanPage();
    await qr.confirmForms().first().waitFor();

    const form = qr.confirmForms().first();
    expect(await form.getByTestId('qr-confirm-issuer').inputValue()).toBe(ACME.issuer);
    expect(await form.getByTestId('qr-confirm-label').inputValue()).toBe(ACME.label);
    expect(await form.getByTestId('qr-confirm-parameters').textContent()).toContain('6 digits');
    expect(await form.getByTestId('qr-confirm-site').textContent()).toContain(`http://enrol.example.test:${server.port}`);
    expect(await popup.page.content()).not.toContain(ACME.secret);
    expect(await listAccounts(popup.page)).toEqual([]);

    await qr.confirm(0, { label: 'alice (work)' });
    const [saved] = await listAccounts(popup.page);
    expect(saved).toMatchObject({ issuer: ACME.issuer, label: 'alice (work)', sites: [{ origin: `http://enrol.example.test:${server.port}`, match: 'origin' }] });
    expect(codesAroundNow(ACME)).toContain(await popup.codeOf(ACME.issuer));
    await page.close();
  });

  it('finds every code on a page with two, and explains the one that is not two-factor', async () => {
    const page = await openQrPage(session, server, 'two');
    await clickToolbarButtonOn(session, page);
    await popup.page.getByTestId('add-account').click();
    const qr = new QrPanel(popup.page);
    await qr.scanPage();
    await qr.confirmForms().first().waitFor();
    expect(await qr.confirmForms().count()).toBe(1);
    expect(await qr.confirmForms().first().getByTestId('qr-confirm-parameters').textContent()).toContain('8 digits');
    expect(await qr.explanations()).toEqual([{ reason: 'not-2fa', text: expect.stringContaining('link to example.test') }]);
    await qr.confirm();
    expect(codesAroundNow({ ...BETA, digits: 8 })).toContain(await popup.codeOf(BETA.issuer));
    await page.close();
  });

  it('gathers a Google Authenticator export over its QR codes, names only, and imports the chosen accounts', async () => {
    const qr = new QrPanel(popup.page);
    const first = await openQrPage(session, server, 'export-1');
    await clickToolbarButtonOn(session, first);
    await popup.page.getByTestId('add-account').click();
    await qr.scanPage();
    const batch = popup.page.getByTestId('qr-migration');
    await expect.poll(() => batch.getByTestId('qr-migration-progress').textContent()).toBe('1 of 2 QR codes scanned');
    expect(await batch.getByTestId('qr-migration-account').allTextContents()).toEqual(['Gamma Bank · carol', 'Delta Shop · dave'].map((name) => ` ${name}`));
    await first.close();

    // The second code, on another page, next to a vendor's push-enrolment code.
    const second = await openQrPage(session, server, 'export-2');
    await clickToolbarButtonOn(session, second);
    await qr.scanPage();
    await expect.poll(() => batch.getByTestId('qr-migration-progress').textContent()).toBe('2 of 2 QR codes scanned');
    expect(await batch.getByTestId('qr-migration-account').count()).toBe(3);
    expect(await qr.explanations()).toEqual([{ reason: 'non-standard', text: expect.stringContaining('Microsoft Authenticator') }]);
    expect(await popup.page.content()).not.toContain(EXPORTED[0]!.secret);

    // Leave Delta out.
    await batch.getByTestId('qr-migration-account').filter({ hasText: 'Delta Shop' }).locator('input').uncheck();
    await batch.getByTestId('qr-migration-import').click();
    await expect.poll(() => popup.page.getByTestId('qr-notice').textContent()).toBe('Imported 2 accounts.');
    // Delta still waits to be chosen (until it expires, the vault locks or the user clears it).
    expect(await batch.getByTestId('qr-migration-account').allTextContents()).toEqual([' Delta Shop · dave']);
    await popup.page.getByRole('button', { name: 'Cancel' }).click();
    const names = (await listAccounts(popup.page)).map((account) => account.issuer);
    expect(names).toEqual(expect.arrayContaining(['Gamma Bank', 'Echo Forum']));
    expect(names).not.toContain('Delta Shop');
    expect(codesAroundNow(EXPORTED[2]!)).toContain(await popup.codeOf('Echo Forum'));
    await second.close();
  });

  it('answers no QR message from a web page, and asks for no more than activeTab', async () => {
    const page = await openQrPage(session, server, 'one');
    const world = await contentWorld(page, session.extensionId);
    const types = ['qr.scanTab', 'qr.scanImages', 'qr.state', 'qr.confirm', 'qr.importMigration', 'qr.discard', 'qr.region'];
    const replies = await world.evaluate<Array<{ ok: boolean; error?: { code: string } }>>(
      `Promise.all(${JSON.stringify(types)}.map((type) => chrome.runtime.sendMessage({ twofold: 1, type, payload: { tabId: 1, pendingIds: [], images: [], region: { x: 0, y: 0, width: 9, height: 9, viewportWidth: 9, viewportHeight: 9 } } })))`,
    );
    // qr.region is a content script's message, but only while the overlay the worker put on this tab waits.
    for (const reply of replies) expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await world.detach();
    await page.close();

    const manifest = JSON.parse(await readFile(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.host_permissions).toBeUndefined();
    // Pages may reach only the content script's second part (tests/e2e/manifest.test.ts): nothing of the QR scan.
    const reachable = (manifest.web_accessible_resources ?? []).flatMap((entry: { resources: string[] }) => entry.resources);
    expect(reachable.filter((resource: string) => /qr|wasm|zxing/i.test(resource))).toEqual([]);
    expect(manifest.content_scripts.map((script: { js: string[] }) => script.js).flat()).not.toContain('content-scripts/qr-select.js');
    // The decoder's binary comes from the extension itself, never from the network: watch a fresh worker's fetches.
    await session.stopWorker();
    await session.evaluateInWorker(() => {
      const seen: string[] = ((globalThis as { fetched?: string[] }).fetched = []);
      const original = globalThis.fetch;
      globalThis.fetch = (input, init) => (seen.push(input instanceof Request ? input.url : String(input)), original(input, init));
    });
    const picture = (await readFile(path.join(SHARED_DIR, 'fixtures/imports/google_authenticator/extract_otp_secrets/example_export.png'))).toString('base64');
    const scan = await popup.page.evaluate((base64) => chrome.runtime.sendMessage({ twofold: 1, type: 'qr.scanImages', payload: { images: [{ name: 'x.png', base64 }] } }), picture);
    expect(scan).toMatchObject({ ok: true, value: { status: 'found' } });
    const fetched = await session.evaluateInWorker(() => (globalThis as { fetched?: string[] }).fetched ?? []);
    expect(fetched).toEqual([expect.stringMatching(new RegExp(`^chrome-extension://${session.extensionId}/assets/zxing_reader-.*\\.wasm$`))]);
  });
});
