/**
 * A full-viewport layer on which the user drags a rectangle around a QR code.
 * Closed shadow root, text only. Resolves with the rectangle in CSS pixels of
 * the viewport (plus the viewport's size, so the worker can find it in the
 * capture), or null when the user presses Escape or the page goes away.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CssRegion } from '@/utils/qr/image';
import { overlayStyles } from './overlay-styles';

/** Smaller than this is a click, not a rectangle. */
const MIN_SIDE = 8;

export function selectRegion(ctx: ContentScriptContext): Promise<CssRegion | null> {
  return new Promise((resolve) => {
    const host = document.createElement('twofold-qr-select');
    const root = host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = overlayStyles;
    const layer = document.createElement('div');
    layer.className = 'layer';
    layer.setAttribute('role', 'dialog');
    layer.setAttribute('aria-label', 'Select the QR code');
    const hint = document.createElement('p');
    hint.className = 'hint';
    hint.textContent = 'Twofold: drag a rectangle around the QR code. Esc cancels.';
    const box = document.createElement('div');
    box.className = 'box';
    box.hidden = true;
    layer.append(hint, box);
    root.append(style, layer);

    let start: { x: number; y: number } | null = null;
    const rectFrom = (event: PointerEvent) => {
      const x = Math.min(start!.x, event.clientX);
      const y = Math.min(start!.y, event.clientY);
      return { x, y, width: Math.abs(event.clientX - start!.x), height: Math.abs(event.clientY - start!.y) };
    };
    const finish = (region: CssRegion | null) => {
      host.remove();
      window.removeEventListener('keydown', onKey, true);
      resolve(region);
    };
    const onKey = (event: KeyboardEvent) => {
      // The page must not scroll under the rectangle (the worker crops the capture taken before).
      event.preventDefault();
      event.stopPropagation();
      if (event.key === 'Escape') finish(null);
    };

    layer.addEventListener('pointerdown', (event) => {
      if (!event.isTrusted || event.button !== 0) return;
      start = { x: event.clientX, y: event.clientY };
      layer.setPointerCapture(event.pointerId);
      box.hidden = false;
    });
    layer.addEventListener('pointermove', (event) => {
      if (!start) return;
      const rect = rectFrom(event);
      Object.assign(box.style, { left: `${rect.x}px`, top: `${rect.y}px`, width: `${rect.width}px`, height: `${rect.height}px` });
    });
    layer.addEventListener('pointerup', (event) => {
      if (!start || !event.isTrusted) return;
      const rect = rectFrom(event);
      start = null;
      box.hidden = true;
      if (rect.width >= MIN_SIDE && rect.height >= MIN_SIDE) finish({ ...rect, viewportWidth: window.innerWidth, viewportHeight: window.innerHeight });
    });
    layer.addEventListener('wheel', (event) => event.preventDefault(), { passive: false });
    window.addEventListener('keydown', onKey, true);
    ctx.onInvalidated(() => finish(null));
    document.documentElement.append(host);
  });
}
