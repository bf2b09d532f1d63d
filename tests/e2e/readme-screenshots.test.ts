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
});
