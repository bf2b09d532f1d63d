/**
 * Whether a person can see an input. This reads styles and layout, so the
 * detector asks it last, only for the few inputs that already look like code
 * fields. `opacity: 0` is deliberately not "hidden": libraries such as input-otp
 * lay a transparent real input over drawn boxes.
 */

export type VisibilityCheck = (input: HTMLInputElement) => boolean;

/** The real check (the default): rendered, not `visibility: hidden`, with a non-empty box. */
export function isRendered(input: HTMLInputElement): boolean {
  if (!input.checkVisibility({ visibilityProperty: true })) return false;
  const rect = input.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0;
}

/**
 * For DOMs without layout (happy-dom, jsdom), where every box is 0×0: styles only,
 * with an explicit zero width or height counted as hidden. Unit tests use it; the
 * end-to-end run in Chromium uses `isRendered` and is the authoritative one.
 */
export function isStyledVisible(input: HTMLInputElement): boolean {
  // Browsers hide [hidden] through their UA stylesheet, which such DOMs may lack.
  if (input.closest('[hidden]') !== null) return false;
  if (!input.checkVisibility({ visibilityProperty: true })) return false;
  const style = input.ownerDocument.defaultView?.getComputedStyle(input);
  return style?.width !== '0px' && style?.height !== '0px';
}
