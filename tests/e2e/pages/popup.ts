/** Page object for the popup: the steps a user takes, by their data-testid contract. */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { ExtensionSession } from '../harness/extension';

export const TEST_PASSWORD = 'correct horse battery staple';

export class PopupPage {
  constructor(readonly page: Page) {}

  static async open(session: ExtensionSession): Promise<PopupPage> {
    return new PopupPage(await session.openExtensionPage('popup.html'));
  }

  async setUp(password = TEST_PASSWORD): Promise<void> {
    await this.page.getByTestId('setup-password').fill(password);
    await this.page.getByTestId('setup-confirm').fill(password);
    await this.page.getByTestId('setup-submit').click();
    await this.page.getByTestId('add-account').waitFor();
  }

  async unlock(password = TEST_PASSWORD): Promise<void> {
    await this.page.getByTestId('unlock-password').fill(password);
    await this.page.getByTestId('unlock-submit').click();
  }

  async lock(): Promise<void> {
    await this.page.getByTestId('lock-button').click();
    await this.page.getByTestId('unlock-password').waitFor();
  }

  async addByUri(uri: string): Promise<void> {
    await this.page.getByTestId('add-account').click();
    await this.page.getByTestId('add-uri-input').fill(uri);
    await this.page.getByTestId('add-uri-submit').click();
    await this.page.getByTestId('add-submit').click();
    await this.page.getByTestId('account-row').first().waitFor();
  }

  row(issuer: string) {
    return this.page.getByTestId('account-row').filter({ has: this.page.getByTestId('account-issuer').getByText(issuer, { exact: true }) });
  }

  /** The code shown for an account, without grouping spaces. */
  async codeOf(issuer: string): Promise<string> {
    const code = this.row(issuer).getByTestId('account-code');
    await code.waitFor();
    return (await code.getAttribute('data-code')) ?? '';
  }

  async expectState(testId: 'setup-password' | 'unlock-password' | 'add-account'): Promise<void> {
    await expect.poll(() => this.page.getByTestId(testId).isVisible(), { timeout: 10_000 }).toBe(true);
  }
}
