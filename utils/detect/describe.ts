/**
 * The words that describe a field, gathered in tiers from most to least specific,
 * each passed through `normalizeText`. Only DOM reads that need no layout
 * (attributes, textContent) happen here.
 */
import { CONTEXT } from './heuristics';
import { normalizeText } from './text';

export interface FieldIdentity {
  /** The field's own attributes: name, id, class, placeholder, aria-label, title. */
  own: string;
  /** Its labels: `<label for>`, a wrapping label, aria-labelledby (and a split field's group label). */
  label: string;
}

export interface FieldText extends FieldIdentity {
  /** Text near it: aria-describedby, headings, legends and paragraphs a few levels up. */
  context: string;
}

const OWN_ATTRIBUTES = ['name', 'id', 'class', 'placeholder', 'aria-label', 'title'];
const ID_LIST_SEPARATOR = /\s+/;

function referencedText(element: Element, attribute: string): string {
  const ids = element.getAttribute(attribute)?.trim();
  if (!ids) return '';
  const tree = element.getRootNode() as Document | ShadowRoot;
  return ids
    .split(ID_LIST_SEPARATOR)
    .map((id) => tree.getElementById(id)?.textContent ?? '')
    .join(' ');
}

/** The nearest element that holds every box (the input itself for a single field). */
function commonContainer(boxes: readonly HTMLInputElement[]): Element {
  const [first] = boxes;
  const last = boxes[boxes.length - 1];
  if (!first || !last) throw new RangeError('A field has at least one input.');
  let container: Element = first;
  while (!container.contains(last) && container.parentElement) container = container.parentElement;
  return container;
}

export function describeIdentity(boxes: readonly HTMLInputElement[]): FieldIdentity {
  const container = commonContainer(boxes);
  const first = boxes[0] as HTMLInputElement;
  const own = OWN_ATTRIBUTES.map((name) => first.getAttribute(name) ?? '').join(' ');
  const labels = [...(first.labels ?? [])].map((label) => label.textContent ?? '');
  labels.push(referencedText(first, 'aria-labelledby'));
  if (container !== first) {
    // A split field is often labelled as a group: <div role="group" aria-label="Verification code">.
    labels.push(container.getAttribute('aria-label') ?? '', referencedText(container, 'aria-labelledby'));
  }
  return { own: normalizeText(own), label: normalizeText(labels.join(' ')) };
}

function ancestorOf(element: Element, levels: number): Element {
  let ancestor = element;
  for (let level = 0; level < levels && ancestor.parentElement; level++) ancestor = ancestor.parentElement;
  return ancestor;
}

/** A few levels up, and at least the form's parent: a form's title and instructions often sit just outside it. */
function surroundingsOf(container: Element): Element {
  const near = ancestorOf(container, CONTEXT.ancestorLevels);
  const formParent = container.closest('form')?.parentElement;
  return formParent?.contains(near) ? formParent : near;
}

export function describeSurroundings(boxes: readonly HTMLInputElement[]): string {
  let text = referencedText(boxes[0] as HTMLInputElement, 'aria-describedby');
  for (const element of surroundingsOf(commonContainer(boxes)).querySelectorAll(CONTEXT.textSelector)) {
    if (text.length >= CONTEXT.maxChars) break;
    text += ` ${element.textContent ?? ''}`;
  }
  return normalizeText(text.slice(0, CONTEXT.maxChars));
}
