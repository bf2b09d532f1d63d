/**
 * Takes the README's screenshots from the built extension (so they show what
 * ships) and checks each one is a real, non-blank picture.
 */
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from './harness/extension';
import { ROOT } from './harness/paths';
import { ExtensionMessenger, inlineButtonCentre } from './pages/autofill';
import { DEMO_ACCOUNT, startDemoSite, type DemoSite } from '../demo/site';

const SHOTS = path.join(ROOT, 'tests/screenshots');
const ACCOUNTS = [
  { issuer: 'GitHub', label: 'octocat', secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXQ' },
  { issuer: 'Google', label: 'ada@example.com', secret: 'KRUGS4ZANFZSAYJAORSXG5BAONSWG4TF' },
  { issuer: 'Dropbox', label: 'ada', secret: 'MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U' },
  { issuer: 'Steam', label: 'ada_plays', secret: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', type: 'steam' as const },
  { issuer: 'Cloudflare', label: 'ops@example.com', secret: 'ORSXG5DJNZTWK4TTMVRXEZLUEBVWK6I2' },
];

const BACKUP_CODES = ['a1b2c-3d4e5', 'f6g7h-8i9j0', 'k1l2m-3n4o5', 'p6q7r-8s9t0', 'u1v2w-3x4y5', 'z6a7b-8c9d0', 'e1f2g-3h4i5', 'j6k7l-8m9n0'];

async function expectPicture(file: string): Promise<void> {
  expect((await stat(file)).size).toBeGreaterThan(5_000);
}

describe('README screenshots', () => {
  let session: ExtensionSession;
  let site: DemoSite;

  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
    site = await startDemoSite();
    session = await launchExtension({ viewport: { width: 360, height: 420 } });
    const messenger = await ExtensionMessenger.open(session);
    await messenger.setUpVault();
    for (const account of ACCOUNTS) await messenger.addAccount(account);
    await messenger.addAccount({ ...DEMO_ACCOUNT, sites: [{ origin: new URL(site.url('/')).origin, match: 'origin' }] });
    await messenger.page.close();
  });
  afterAll(async () => {
    await session?.close();
    await site?.close();
  });

  it.each(['light', 'dark'] as const)('the popup in %s mode', async (colorScheme) => {
    const popup = await session.openExtensionPage('popup.html');
    await popup.emulateMedia({ colorScheme });
    await expect.poll(() => popup.getByTestId('account-code').count()).toBeGreaterThanOrEqual(5);
    const file = path.join(SHOTS, `popup-${colorScheme}.png`);
    await popup.screenshot({ path: file });
    await expectPicture(file);
    await popup.close();
  });

  it('the fill button beside a code field', async () => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 720, height: 420 });
    await page.goto(site.url('/account/login'));
    await page.getByRole('button', { name: 'Next' }).click();
    await page.locator('#id_token-otp_token').focus();
    await inlineButtonCentre(page);
    const file = path.join(SHOTS, 'autofill.png');
    await page.screenshot({ path: file });
    await expectPicture(file);
    await page.close();
  });

  it('backup codes saved for an account, on the options page', async () => {
    const options = await session.openExtensionPage('options.html');
    await options.setViewportSize({ width: 760, height: 900 });
    const card = options.getByTestId('backup-codes-card');
    await card.getByTestId('backup-add-account').selectOption({ label: 'GitHub · octocat' });
    await card.getByTestId('backup-paste').fill(BACKUP_CODES.join('\n'));
    await card.getByTestId('backup-preview').waitFor();
    await card.getByTestId('backup-save').click();
    await expect.poll(() => card.getByTestId('backup-count').first().textContent()).toBe('8 of 8 backup codes left');
    const file = path.join(SHOTS, 'backup-codes.png');
    await card.screenshot({ path: file });
    await expectPicture(file);
    await options.close();
  });

  it('the import preview: new, already there, and not importable', async () => {
    const options = await session.openExtensionPage('options.html');
    await options.setViewportSize({ width: 760, height: 900 });
    await options.getByTestId('import-text').fill(
      [
        'otpauth://totp/Fastmail:ada%40example.com?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Fastmail',
        'otpauth://totp/Proton:ada?secret=ORSXG5DJNZTWK4TTMVRXEZLUEBVWK6I2&issuer=Proton',
        `otpauth://totp/GitHub:octocat?secret=${ACCOUNTS[0]!.secret}&issuer=GitHub`,
        'otpauth://totp/Broken:ada?secret=not-base32!&issuer=Broken',
      ].join('\n'),
    );
    await options.getByTestId('import-text-submit').click();
    await expect.poll(() => options.getByTestId('import-preview-row').count()).toBe(4);
    const file = path.join(SHOTS, 'import-preview.png');
    await options.locator('section[aria-labelledby="import-heading"]').screenshot({ path: file });
    await expectPicture(file);
    await options.close();
  });
});
