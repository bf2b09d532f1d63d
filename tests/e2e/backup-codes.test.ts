/**
 * Backup codes on the demo site, through the popup: saved from the site's
 * "backup tokens" page once the user confirms, filled one at a time into the
 * sign-in's backup step (the server accepts each once), counted, warned about,
 * put back when one did not work, and replaced by a new set. No web page can
 * fill one or reach the backup-code messages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { AccountView } from '../../utils/accounts/model';
import type { BackupCodeSummary } from '../../utils/backup-codes/model';
import { DEMO_ACCOUNT, startDemoSite, type DemoSite } from '../demo/site';
import { launchExtension, type ExtensionSession } from './harness/extension';
import { contentWorld } from './harness/content-world';
import { seriousViolations } from './harness/axe';
import { clickToolbarButtonOn } from './harness/qr-codes';
import { ExtensionMessenger } from './pages/autofill';
import { BACKUP_FIELD, expectCount, goToBackupStep, popupShowing, verifyBackupCode } from './pages/backup-codes';

const HOST = 'bank.demo.test';

describe('backup codes on the demo site', () => {
  let session: ExtensionSession;
  let site: DemoSite;
  let extension: ExtensionMessenger;
  let bank: AccountView;
  const summaries = () => extension.send<BackupCodeSummary[]>('backupCodes.list');

  beforeAll(async () => {
    site = await startDemoSite();
    session = await launchExtension();
    extension = await ExtensionMessenger.open(session);
    await extension.setUpVault();
    const origin = new URL(site.url('/', HOST)).origin;
    bank = await extension.addAccount({ ...DEMO_ACCOUNT, sites: [{ origin, match: 'origin' }] });
    await extension.addAccount({ issuer: 'Other Shop', label: 'me', secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXQ', sites: [] });
  });
  afterAll(async () => {
    await session?.close();
    await site?.close();
  });

  /** The tokens page, the toolbar button clicked on it (activeTab), and the popup's offer. */
  async function offerFromTokensPage(page: Page): Promise<Page> {
    await page.goto(site.url('/account/two_factor/backup/tokens', HOST));
    await clickToolbarButtonOn(session, page);
    return popupShowing(session, page, 'backup-capture');
  }

  it('offers the codes the backup tokens page shows, and saves them only when the user confirms', async () => {
    const page = await session.context.newPage();
    const popup = await offerFromTokensPage(page);
    expect(await popup.getByTestId('backup-capture-panel').textContent()).toContain('This page shows 10 backup codes (“Backup Tokens”)');
    expect(await popup.getByTestId('backup-capture-codes').locator('li').allTextContents()).toEqual(site.state.backupCodes);
    expect((await popup.getByTestId('backup-capture').textContent())?.trim()).toBe('Save these 10 codes for Demo Bank · demo@example.test');
    expect(await summaries()).toEqual([]);
    expect(await seriousViolations(popup, 'popup: save the codes on the page')).toEqual([]);

    await popup.getByTestId('backup-capture').click();
    await popup.getByTestId('backup-capture-status').waitFor();
    expect(await summaries()).toEqual([expect.objectContaining({ accountId: bank.id, total: 10, remaining: 10, source: { kind: 'page', origin: new URL(page.url()).origin } })]);
    await popup.close();

    // Opened again on the same page: nothing new to save.
    const again = await popupShowing(session, page, 'backup-capture-saved');
    expect(await again.getByTestId('backup-capture-saved').textContent()).toContain('saved in Twofold for Demo Bank · demo@example.test');
    expect(await again.getByTestId('backup-capture').count()).toBe(0);
    await again.close();
    await page.close();
  });

  // Eleven sign-ins, each through a popup: minutes when other jobs share the two cores.
  it('fills ten different codes that the site accepts, counts down, warns, puts one back, then says none are left', async () => {
    const page = await session.context.newPage();
    for (let signIn = 0; signIn < 10; signIn++) {
      await goToBackupStep(page, site, HOST);
      let popup = await popupShowing(session, page, 'backup-fill');
      await expectCount(popup, 10 - signIn);
      await popup.getByTestId('backup-fill').click();
      await popup.getByTestId('backup-fill-status').waitFor();
      await expectCount(popup, 9 - signIn);
      await expect.poll(() => page.inputValue(BACKUP_FIELD)).not.toBe('');
      if (signIn === 4) {
        // Say the site refused it: in the popup opened again it goes back, and the next fill is that same code.
        const refused = await page.inputValue(BACKUP_FIELD);
        await page.fill(BACKUP_FIELD, '');
        await popup.close();
        popup = await popupShowing(session, page, 'backup-mark-unused');
        await popup.getByTestId('backup-mark-unused').click();
        await popup.getByTestId('backup-unused-status').waitFor();
        await expectCount(popup, 10 - signIn);
        await popup.getByTestId('backup-fill').click();
        await popup.getByTestId('backup-fill-status').waitFor();
        await expect.poll(() => page.inputValue(BACKUP_FIELD)).toBe(refused);
      }
      await popup.close();
      expect(await verifyBackupCode(page)).toContain('Signed in with a backup code');
    }
    expect(site.state.acceptedBackup).toHaveLength(10);
    expect(new Set(site.state.acceptedBackup).size).toBe(10);

    await goToBackupStep(page, site, HOST);
    const popup = await popupShowing(session, page, 'backup-fill');
    await expectCount(popup, 0);
    await popup.getByTestId('backup-fill').click();
    await expect.poll(() => popup.getByTestId('backup-fill-error').textContent()).toContain('No unused backup codes are left');
    expect(await page.inputValue(BACKUP_FIELD)).toBe('');
    expect(await seriousViolations(popup, 'popup: fill a backup code, none left')).toEqual([]);
    await popup.close();
    await page.close();
  }, 240_000);

  it('replaces the used-up set with the new one the site generates', async () => {
    const page = await session.context.newPage();
    await page.goto(site.url('/account/two_factor/backup/tokens', HOST));
    await page.getByRole('button', { name: 'Generate Tokens' }).click();
    await page.locator('#backup-codes').waitFor();
    await clickToolbarButtonOn(session, page);
    const popup = await popupShowing(session, page, 'backup-capture');
    expect(await popup.getByTestId('backup-capture-replaces').textContent()).toContain('replace the 10 codes saved for this account before (0 unused)');
    await popup.getByTestId('backup-capture').click();
    await popup.getByTestId('backup-capture-status').waitFor();
    expect(await summaries()).toEqual([expect.objectContaining({ accountId: bank.id, total: 10, remaining: 10 })]);
    await popup.close();

    await goToBackupStep(page, site, HOST);
    const fillPopup = await popupShowing(session, page, 'backup-fill');
    const fresh = [...site.state.backupCodes];
    await fillPopup.getByTestId('backup-fill').click();
    await fillPopup.getByTestId('backup-fill-status').waitFor();
    await fillPopup.close();
    expect(await verifyBackupCode(page)).toContain('Signed in with a backup code');
    expect(fresh).toContain(site.state.acceptedBackup.at(-1));
    await page.close();
  });

  it('lets no web page fill a backup code or reach the backup-code messages', async () => {
    const page = await session.context.newPage();
    await goToBackupStep(page, site, HOST);
    const world = await contentWorld(page, session.extensionId);
    const ask = (type: string, payload: unknown) => world.evaluate<{ ok: boolean; error?: { code: string } }>(
      `chrome.runtime.sendMessage({ twofold: 1, type: ${JSON.stringify(type)}, payload: ${JSON.stringify(payload)} })`,
    );
    expect(await ask('fill.request', { requestId: 'probe', kind: 'backup' })).toMatchObject({ ok: false, error: { code: 'backup-from-popup' } });
    for (const type of ['backupCodes.list', 'backupCodes.save', 'backupCodes.markUnused', 'backupCodes.reveal', 'backupCodes.findOnPage']) {
      expect(await ask(type, { accountId: bank.id, codes: ['12345678'], source: { kind: 'paste' }, password: 'x' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    await world.detach();
    expect(await page.inputValue(BACKUP_FIELD)).toBe('');
    expect((await summaries())[0]).toMatchObject({ remaining: 9 });
    await page.close();
  });
});
