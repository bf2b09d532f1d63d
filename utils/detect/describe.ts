/**
 * The words that describe a field, gathered in tiers from most to least specific,
 * each passed through `normalizeText`. Only DOM reads that need no layout
 * (attributes, textContent) happen here. A page may hold hundreds of inputs
 * (a shop's quantity boxes), so what fields share is read once per detection:
 * the `<label for>` elements of a tree, and the text around a group of fields.
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

export interface FieldDescriber {
  identity(boxes: readonly HTMLInputElement[]): FieldIdentity;
  surroundings(boxes: readonly HTMLInputElement[]): string;
}

const OWN_ATTRIBUTES = ['name', 'id', 'class', 'placeholder', 'aria-label', 'title'];
const ID_LIST_SEPARATOR = /\s+/;

type Tree = Document | ShadowRoot;

function referencedText(element: Element, attribute: string): string {
  const ids = element.getAttribute(attribute)?.trim();
  if (!ids) return '';
  const tree = element.getRootNode() as Tree;
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

/** A tree's `<label for>` elements by the id they name: one query, instead of a tree scan per `input.labels`. */
function labelsById(tree: Tree): Map<string, HTMLLabelElement[]> {
  const byId = new Map<string, HTMLLabelElement[]>();
  for (const label of tree.querySelectorAll<HTMLLabelElement>('label[for]')) {
    const id = label.getAttribute('for') ?? '';
    byId.set(id, [...(byId.get(id) ?? []), label]);
  }
  return byId;
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

/**
 * Headings and paragraphs under `scope`, in page order, until there is enough text.
 * A walk that stops early, where `querySelectorAll` would match the whole subtree.
 */
function textUnder(scope: Element): string {
  const walker = scope.ownerDocument.createTreeWalker(scope, NodeFilter.SHOW_ELEMENT);
  let text = '';
  for (let seen = 0; seen < CONTEXT.maxElements && text.length < CONTEXT.maxChars && walker.nextNode(); seen++) {
    const element = walker.currentNode as Element;
    if (element.matches(CONTEXT.textSelector)) text += ` ${element.textContent ?? ''}`;
  }
  return text;
}

/** `compute`, remembering its result for each key. */
function remembered<Key, Value>(compute: (key: Key) => Value): (key: Key) => Value {
  const results = new Map<Key, Value>();
  return (key) => {
    if (!results.has(key)) results.set(key, compute(key));
    return results.get(key) as Value;
  };
}

/** Describes the fields of one detection pass; what fields share is read once, on first need. */
export function createFieldDescriber(): FieldDescriber {
  const labelsIn = remembered(labelsById);
  const textAround = remembered(textUnder);

  /** What `input.labels` says: the labels naming its id, and a label wrapping it. */
  function labelsOf(input: HTMLInputElement): HTMLLabelElement[] {
    const named = (input.id && labelsIn(input.getRootNode() as Tree).get(input.id)) || [];
    const wrapping = input.closest('label');
    return [...named, ...(wrapping && !wrapping.hasAttribute('for') ? [wrapping] : [])].filter((label) => label.control === input);
  }

  return {
    identity(boxes) {
      const container = commonContainer(boxes);
      const first = boxes[0] as HTMLInputElement;
      const own = OWN_ATTRIBUTES.map((name) => first.getAttribute(name) ?? '').join(' ');
      const labels = labelsOf(first).map((label) => label.textContent ?? '');
      labels.push(referencedText(first, 'aria-labelledby'));
      if (container !== first) {
        // A split field is often labelled as a group: <div role="group" aria-label="Verification code">.
        labels.push(container.getAttribute('aria-label') ?? '', referencedText(container, 'aria-labelledby'));
      }
      return { own: normalizeText(own), label: normalizeText(labels.join(' ')) };
    },

    surroundings(boxes) {
      const described = referencedText(boxes[0] as HTMLInputElement, 'aria-describedby');
      return normalizeText(`${described}${textAround(surroundingsOf(commonContainer(boxes)))}`.slice(0, CONTEXT.maxChars));
    },
  };
}
