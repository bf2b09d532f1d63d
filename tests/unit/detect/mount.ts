/** Table-test helpers: put a snippet in the test's document and run the detector on it. */
import { detectFields, isStyledVisible, type DetectedField } from '../../../utils/detect';

export function mount(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

/** detectFields over `html`, as `{ kind, ids }` for short assertions. */
export function detect(html: string): { kind: DetectedField['kind']; ids: string[] }[] {
  return detectFields(mount(html), { isVisible: isStyledVisible }).map(({ kind, inputs }) => ({
    kind,
    ids: inputs.map((input) => input.id),
  }));
}
