import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from './harness/extension';
import { PopupPage, TEST_PASSWORD } from './pages/popup';

describe('options page: security settings', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchExtension();
    const popup = await PopupPage.open(session);
    await popup.setUp();
    await popup.page.close();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('saves the auto-lock choice', async () => {
    const options = await session.openExtensionPage('options.html');
    await options.getByTestId('autolock-minutes').selectOption('60');
    await expect
      .poll(() => session.evaluateInWorker(() => chrome.storage.local.get('settings').then((v) => (v.settings as { autoLockMinutes?: number } | undefined)?.autoLockMinutes)))
      .toBe(60);
    await options.reload();
    expect(await options.getByTestId('autolock-minutes').inputValue()).toBe('60');
    await options.close();
  });

  it('changes the password: the old one stops working, the new one unlocks', async () => {
    const options = await session.openExtensionPage('options.html');
    await options.getByTestId('password-current').fill('wrong');
    await options.getByTestId('password-new').fill('new passphrase for twofold');
    await options.getByTestId('password-confirm').fill('new passphrase for twofold');
    await options.getByTestId('password-submit').click();
    await expect.poll(() => options.getByTestId('password-error').textContent()).toContain('Wrong password');

    await options.getByTestId('password-current').fill(TEST_PASSWORD);
    await options.getByTestId('password-submit').click();
    await options.getByTestId('password-changed').waitFor();
    await options.close();

    const popup = await PopupPage.open(session);
    await popup.lock();
    await popup.unlock(TEST_PASSWORD);
    await expect.poll(() => popup.page.getByTestId('unlock-error').textContent()).toContain('Wrong password');
    await popup.unlock('new passphrase for twofold');
    await popup.expectState('add-account');
    await popup.page.close();
  });
});
