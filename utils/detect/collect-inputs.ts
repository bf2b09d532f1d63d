/**
 * Where the inputs are: those of a tree (one `querySelectorAll`), and the open
 * shadow roots below it. Finding shadow roots means looking at elements one by
 * one, which in a content script costs a JavaScript wrapper per element (about
 * 10 ms on a page of 5,000), so only custom elements are looked at: they are what
 * renders a shadow root with a form in it (a `<div>` may hold one too, but pages
 * rarely put their fields there). The selector leaves the common standard
 * elements to the browser's own matching; any other element is merely checked.
 */
import type { SearchRoot } from './types';

// The common types a code cannot be typed into (eligibility.ts checks every input that is
// left, whatever the case of its type): the browser's own matching passes over them, so the
// script never touches a page's checkboxes, hidden, e-mail and search inputs.
const NOT_FOR_CODES = ['hidden', 'checkbox', 'radio', 'submit', 'button', 'search', 'email', 'password'];
const CANDIDATE_INPUT = `input:not(${NOT_FOR_CODES.map((type) => `[type=${type}]`).join()})`;

// The most common ones, most frequent first: the browser stops at the first that matches.
const STANDARD_ELEMENTS = [
  'div', 'span', 'a', 'li', 'p', 'img', 'svg', 'path', 'i', 'td', 'tr', 'input', 'label', 'button', 'option', 'ul',
  'strong', 'h1', 'h2', 'h3', 'form', 'section', 'article', 'nav', 'header', 'footer', 'main', 'script', 'style',
  'link', 'meta', 'html', 'head', 'body',
];
const MAYBE_CUSTOM_ELEMENT = `:not(${STANDARD_ELEMENTS.join()})`;

/** The inputs of `root`'s own tree that a code could be typed into, as far as their type says. */
export function inputsOf(root: SearchRoot): HTMLInputElement[] {
  return [...root.querySelectorAll<HTMLInputElement>(CANDIDATE_INPUT)];
}

/** The open shadow roots of custom elements under `root` in page order, each followed by those nested in it; a root element's own last. */
export function openShadowRoots(root: SearchRoot): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const visit = (tree: SearchRoot): void => {
    for (const element of tree.querySelectorAll(MAYBE_CUSTOM_ELEMENT)) {
      if (element.shadowRoot) enter(element.shadowRoot);
    }
  };
  const enter = (shadow: ShadowRoot): void => {
    found.push(shadow);
    visit(shadow);
  };
  visit(root);
  if ('shadowRoot' in root && root.shadowRoot) enter(root.shadowRoot);
  return found;
}

const INPUT_OR_CUSTOM_ELEMENT = `${CANDIDATE_INPUT},${MAYBE_CUSTOM_ELEMENT}`;

/** Could a field be in `element`: is it, or does it hold, a candidate input or a custom element? */
export function mayHoldField(element: Element): boolean {
  return element.matches(INPUT_OR_CUSTOM_ELEMENT) || element.querySelector(INPUT_OR_CUSTOM_ELEMENT) !== null;
}

// Elements that can never hold a shadow root (only custom elements and article, aside, blockquote, body,
// div, footer, h1–h6, header, main, nav, p, section and span can): the common ones of an ordinary page.
const NEVER_SHADOW_HOSTS = [
  'title', 'em', 'b', 'br', 'hr', 'small', 'table', 'tbody', 'thead', 'th', 'pre', 'code', 'figure', 'figcaption',
  'picture', 'source', 'video', 'iframe', 'canvas', 'select', 'textarea', 'dl', 'dt', 'dd', 'ol', 'time', 'sup',
  'sub', 'details', 'summary', 'fieldset', 'legend', 'noscript', 'template', 'g', 'use', 'defs', 'circle', 'rect',
];
const MAYBE_SHADOW_HOST = `:not(${[...STANDARD_ELEMENTS, ...NEVER_SHADOW_HOSTS].join()})`;

/**
 * Could `document` hold a field now: a candidate input in its own tree, or an open shadow
 * root where `openShadowRoots` looks? Two selector matches and, on most pages, no element
 * handed to JavaScript: what the content script asks on every page before it loads the detector.
 */
export function documentMayHoldField(document: Document): boolean {
  if (document.querySelector(CANDIDATE_INPUT) !== null) return true;
  for (const element of document.querySelectorAll(MAYBE_SHADOW_HOST)) if (element.shadowRoot) return true;
  return false;
}
