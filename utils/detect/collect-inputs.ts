/**
 * Every input under a root, open shadow roots included: one `querySelectorAll`
 * for inputs per tree, plus one pass over the tree's elements to find shadow hosts.
 */
import type { SearchRoot } from './types';

type Tree = Document | ShadowRoot | Element;

/** One list per tree (the root's, then each shadow root's), each in DOM order. */
export function inputsByTree(root: SearchRoot): HTMLInputElement[][] {
  const trees: HTMLInputElement[][] = [];
  const visit = (tree: Tree): void => {
    trees.push([...tree.querySelectorAll('input')]);
    for (const element of tree.querySelectorAll('*')) {
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(root);
  if ('shadowRoot' in root && root.shadowRoot) visit(root.shadowRoot);
  return trees;
}
