/**
 * The inline button's element: a host in the page's DOM holding a closed shadow
 * root (the page cannot look into it or reach the button), shown as a manual
 * popover so it sits in the top layer above the page's own content.
 */
import { contentMessage } from '../message';

export const BUTTON_SIZE = 20;

const SHADOW_CSS =
  'button{all:initial;display:grid;place-items:center;width:100%;height:100%;border-radius:4px;background:#2f6f4f;' +
  'color:#fff;cursor:pointer}button:focus-visible{outline:2px solid}svg{width:12px;height:12px}';
/** A padlock: the button stands for Twofold, not for the code (which it never shows). */
const LOCK_ICON = 'M4 7V5a4 4 0 0 1 8 0v2h1v8H3V7Zm2 0h4V5a2 2 0 0 0-4 0Z';

function lockIcon(): SVGSVGElement {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  svg.setAttribute('viewBox', '0 0 16 16');
  path.setAttribute('fill', 'currentColor');
  path.setAttribute('d', LOCK_ICON);
  svg.append(path);
  return svg;
}

export function createButtonHost(onClick: (event: MouseEvent) => void): HTMLElement {
  const host = document.createElement('div');
  host.setAttribute('popover', 'manual');
  host.setAttribute('data-twofold-inline', '');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = SHADOW_CSS;
  const button = document.createElement('button');
  button.type = 'button';
  // Also its accessible name: the icon has no text.
  button.title = contentMessage('content.fillButton');
  button.append(lockIcon());
  button.addEventListener('click', onClick);
  shadow.append(style, button);
  return host;
}

/**
 * Every property is reset (`all: initial`, which also undoes the browser's popover
 * style) and the few we need are set, inline and important: no style sheet of the
 * page outranks them. A script can still change them; guard.ts and storm.ts see that.
 */
export function placeButtonHost(host: HTMLElement, left: number, top: number): void {
  host.style.cssText =
    `all:initial!important;position:fixed!important;left:${left}px!important;top:${top}px!important;` +
    `width:${BUTTON_SIZE}px!important;height:${BUTTON_SIZE}px!important;display:block!important`;
}
