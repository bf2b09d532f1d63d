/**
 * Where the keyboard focus is, and whether a person can see it: the element
 * matches :focus-visible, draws an outline of at least 2 px (theme.css) and
 * is on screen.
 */
import type { Page } from 'playwright-core';

export interface FocusStop {
  /** data-testid, else role and accessible text: enough to say which control it is. */
  name: string;
  /** Why the focus cannot be seen, or '' when it can. */
  hidden: string;
}

export function focusStop(page: Page): Promise<FocusStop | null> {
  return page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    if (!(element instanceof HTMLElement) || element === document.body) return null;
    const text = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    const name = element.dataset.testid ?? `${element.getAttribute('role') ?? element.tagName.toLowerCase()} "${text}"`;
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    const problems = [
      element.matches(':focus-visible') ? '' : 'not :focus-visible',
      style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 ? '' : `outline ${style.outlineStyle} ${style.outlineWidth}`,
      box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth ? '' : 'off screen',
    ];
    return { name, hidden: problems.filter(Boolean).join(', ') };
  });
}

/** Presses a key and reports where the focus went. */
export async function pressAndFocus(page: Page, key: string): Promise<FocusStop | null> {
  await page.keyboard.press(key);
  return focusStop(page);
}

/** Tabs `count` times and reports every stop on the way. */
export async function tabStops(page: Page, count: number, key = 'Tab'): Promise<Array<FocusStop | null>> {
  const stops: Array<FocusStop | null> = [];
  for (let step = 0; step < count; step += 1) stops.push(await pressAndFocus(page, key));
  return stops;
}
