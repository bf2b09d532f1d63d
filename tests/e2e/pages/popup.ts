/** Page object for the popup: the steps a user takes, by their data-testid contract. */
import { expect } from 'vitest';
import jsQR from 'jsqr';
import type { Page } from 'playwright-core';
import type { ExtensionSession } from '../harness/extension';

export const TEST_PASSWORD = 'correct horse battery staple';

export interface SeedAccount {
  issuer: string;
  label: string;
  secret: string;
  type?: 'totp' | 'hotp' | 'steam';
  period?: number;
}

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

  /** Adds accounts straight through the worker protocol (as the popup would), many at a time. */
  async seed(accounts: SeedAccount[]): Promise<void> {
    const failures = await this.page.evaluate(async (batch) => {
      const failed: unknown[] = [];
      for (let start = 0; start < batch.length; start += 25) {
        const replies = await Promise.all(
          batch.slice(start, start + 25).map((payload) => chrome.runtime.sendMessage({ twofold: 1, type: 'accounts.add', payload })),
        );
        failed.push(...replies.filter((reply) => !reply?.ok));
      }
      return failed;
    }, accounts);
    expect(failures).toEqual([]);
  }

  row(issuer: string) {
    return this.page.getByTestId('account-row').filter({ has: this.page.getByTestId('account-issuer').getByText(issuer, { exact: true }) });
  }

  /** Issuers of the rows in the DOM, top to bottom. */
  async issuers(): Promise<string[]> {
    return this.page.getByTestId('account-issuer').allTextContents();
  }

  /** The code shown for an account, without grouping spaces. */
  async codeOf(issuer: string): Promise<string> {
    const code = this.row(issuer).getByTestId('account-code');
    await code.waitFor();
    return (await code.getAttribute('data-code')) ?? '';
  }

  async openMenu(issuer: string): Promise<void> {
    await this.row(issuer).getByTestId('account-menu').click();
    await this.page.getByTestId('account-menu-list').waitFor();
  }

  async search(text: string): Promise<void> {
    await this.page.getByTestId('search').fill(text);
  }

  /** Opens "Show QR code", gives the password and reads the QR code drawn on screen. */
  async showQr(issuer: string, password = TEST_PASSWORD): Promise<string | undefined> {
    await this.openMenu(issuer);
    await this.page.getByTestId('show-qr').click();
    await this.page.getByTestId('reveal-password').fill(password);
    await this.page.getByTestId('reveal-submit').click();
    await this.page.getByTestId('qr-code').waitFor();
    return this.readQr();
  }

  /** Rasterises the QR SVG in the page and decodes it with jsQR, as a phone camera would read the screen. */
  async readQr(): Promise<string | undefined> {
    const image = await this.page.getByTestId('qr-code').evaluate(async (svg) => {
      const size = 320;
      const source = new XMLSerializer().serializeToString(svg);
      const picture = new Image(size, size);
      picture.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(source)}`;
      await picture.decode();
      const canvas = new OffscreenCanvas(size, size);
      const context = canvas.getContext('2d')!;
      context.drawImage(picture, 0, 0, size, size);
      return { width: size, height: size, pixels: Array.from(context.getImageData(0, 0, size, size).data) };
    });
    return jsQR(Uint8ClampedArray.from(image.pixels), image.width, image.height)?.data;
  }

  async expectState(testId: 'setup-password' | 'unlock-password' | 'add-account'): Promise<void> {
    await expect.poll(() => this.page.getByTestId(testId).isVisible(), { timeout: 10_000 }).toBe(true);
  }
}
