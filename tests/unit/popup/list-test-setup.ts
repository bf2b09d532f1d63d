/**
 * happy-dom lays nothing out, so the virtual list would see a zero-height
 * viewport. Give the list's scroller a popup-like height (5 rows of 56 px).
 */
import { afterAll, beforeAll } from 'vitest';

export const VIEWPORT_ROWS = 5;

export function giveTheListAViewport(): void {
  const original = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
  beforeAll(() => {
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
      configurable: true,
      get(this: HTMLElement) {
        return this.dataset.testid === 'account-list' ? VIEWPORT_ROWS * 56 : 0;
      },
    });
  });
  afterAll(() => {
    if (original) Object.defineProperty(HTMLElement.prototype, 'clientHeight', original);
  });
}
