/** Page object for the QR panel (popup add view, options import area), by its data-testid contract. */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

export class QrPanel {
  constructor(readonly page: Page) {}

  async scanPage(): Promise<void> {
    await this.page.getByTestId('add-scan-page').click();
  }

  async loadImages(files: string[]): Promise<void> {
    await this.page.getByTestId('qr-image-input').setInputFiles(files);
  }

  confirmForms() {
    return this.page.getByTestId('qr-confirm');
  }

  async expectStatus(status: string): Promise<void> {
    await expect.poll(() => this.page.getByTestId('qr-status').getAttribute('data-status'), { timeout: 15_000 }).toBe(status);
  }

  async explanations(): Promise<Array<{ reason: string | null; text: string }>> {
    const items = this.page.getByTestId('qr-explanation');
    return Promise.all((await items.all()).map(async (item) => ({ reason: await item.getAttribute('data-reason'), text: (await item.textContent()) ?? '' })));
  }

  /**
   * Confirms the n-th account found, optionally renaming it, and waits until it is saved (its form goes;
   * the popup returns to its list when nothing else waits).
   */
  async confirm(index = 0, names: { issuer?: string; label?: string } = {}): Promise<void> {
    const before = await this.confirmForms().count();
    const form = this.confirmForms().nth(index);
    if (names.issuer !== undefined) await form.getByTestId('qr-confirm-issuer').fill(names.issuer);
    if (names.label !== undefined) await form.getByTestId('qr-confirm-label').fill(names.label);
    await form.getByTestId('qr-confirm-submit').click();
    await expect.poll(() => this.confirmForms().count(), { timeout: 10_000 }).toBe(before - 1);
  }
}
