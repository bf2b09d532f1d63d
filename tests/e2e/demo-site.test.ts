/**
 * The demo site behaves like the real sites it models, and Twofold's detector
 * reads its pages as it should: the token step is an OTP field, the backup step
 * a backup-code field, and the tokens page a block of backup codes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_PATH } from './harness/paths';
import { bundleForPage } from './harness/bundle';
import { codesAroundNow } from './harness/expected-code';
import { generateCode } from '../../utils/otp/generate';
import { DEMO_ACCOUNT, startDemoSite, type DemoSite } from '../demo/site';

type Detect = {
  detectFields(root: Document): Array<{ kind: string; inputs: Array<{ id: string }> }>;
  detectBackupCodeBlock(root: Document): { codes: string[] } | null;
};

describe('the demo site', () => {
  let browser: Browser;
  let page: Page;
  let site: DemoSite;
  let detector: string;

  beforeAll(async () => {
    detector = await bundleForPage('utils/detect/index.ts', 'TwofoldDetect');
    site = await startDemoSite();
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox', '--disable-gpu'] });
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  async function detectHere() {
    await page.addScriptTag({ content: detector });
    return page.evaluate(() => {
      const detect = (globalThis as unknown as { TwofoldDetect: Detect }).TwofoldDetect;
      return {
        fields: detect.detectFields(document).map((field) => ({ kind: field.kind, ids: field.inputs.map((input) => input.id) })),
        block: detect.detectBackupCodeBlock(document),
      };
    });
  }

  it('signs in with the current code, and the token step is detected as an OTP field', async () => {
    await page.goto(site.url('/account/login'));
    await page.getByRole('button', { name: 'Next' }).click();
    expect((await detectHere()).fields).toEqual([{ kind: 'otp', ids: ['id_token-otp_token'] }]);
    const valid = codesAroundNow(DEMO_ACCOUNT);
    await page.fill('#id_token-otp_token', ['000000', '111111', '222222', '333333'].find((code) => !valid.includes(code))!);
    await page.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Invalid token');
    await page.fill('#id_token-otp_token', generateCode(DEMO_ACCOUNT, Date.now()));
    await page.getByRole('button', { name: 'Next' }).click();
    await page.locator('#signed-in').waitFor();
    expect(site.state.acceptedTotp).toHaveLength(1);
  });

  it('shows backup codes as a block, and accepts each one only once', async () => {
    await page.goto(site.url('/account/two_factor/backup/tokens'));
    const { block } = await detectHere();
    expect(block?.codes).toEqual(site.state.backupCodes);
    const code = site.state.backupCodes[0]!;

    for (const expected of ['a backup code', 'Invalid token']) {
      await page.goto(site.url('/account/login'));
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByRole('button', { name: 'Use Backup Token' }).click();
      expect((await detectHere()).fields).toEqual([{ kind: 'backup', ids: ['id_backup-otp_token'] }]);
      await page.fill('#id_backup-otp_token', code);
      await page.getByRole('button', { name: 'Verify Backup Code' }).click();
      await expect.poll(() => page.locator('body').textContent()).toContain(expected);
    }
    expect(site.state.acceptedBackup).toEqual([code]);
  });

  it('shows an enrolment QR for the demo account', async () => {
    await page.goto(site.url('/account/two_factor/setup'));
    expect(await page.locator('#qr svg').count()).toBe(1);
  });
});
