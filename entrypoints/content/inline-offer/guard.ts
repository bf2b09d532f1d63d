/**
 * Would a person see our button, unaltered, where they clicked? Each check answers
 * a clickjacking technique: a transparent page or host, a transformed, filtered or
 * clipped ancestor, something drawn over the button, another popover or modal
 * opened above it (the top layer stacks the newest last).
 */
const MIN_OPACITY = 0.6;
const TOP_LAYER = ':popover-open,:modal,:fullscreen';
const MUST_BE_NONE = ['transform', 'translate', 'rotate', 'scale', 'filter', 'clipPath', 'maskImage'] as const;

/** What was already in the top layer when our button opened (it is above those). */
export function topLayerNow(): Set<Element> {
  return new Set(document.querySelectorAll(TOP_LAYER));
}

function isAltered(element: Element): boolean {
  const style = getComputedStyle(element);
  return (
    Number(style.opacity) < MIN_OPACITY ||
    style.visibility !== 'visible' ||
    style.mixBlendMode !== 'normal' ||
    MUST_BE_NONE.some((property) => style[property] !== 'none')
  );
}

export function looksIntact(host: HTMLElement, topLayerBefore: Set<Element>): boolean {
  // A host the page removed or hid (display: none) is no longer an open popover, or no longer under its own centre.
  if (!host.matches(':popover-open')) return false;
  // The host hangs off <body>: a see-through <body> or <html> (hiding the real page) fails here too.
  for (let element: Element | null = host; element; element = element.parentElement) {
    if (isAltered(element)) return false;
  }
  const box = host.getBoundingClientRect();
  if (document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2) !== host) return false;
  return [...document.querySelectorAll(TOP_LAYER)].every((element) => element === host || topLayerBefore.has(element));
}
