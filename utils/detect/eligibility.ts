/**
 * The first, cheapest filter: attribute reads only (no text, no layout), so the
 * many ordinary inputs of a page are dropped before any real work.
 */
import { saysSomethingElse } from './autocomplete';
import { INPUT_RULES } from './heuristics';

const ALLOWED_TYPES = new Set<string>(INPUT_RULES.allowedTypes);
// An opt-out may sit on the input or on its form; `data-lpignore="false"` is an explicit opt-in.
// `:disabled` would catch a disabled <fieldset> too, but happy-dom 21 ignores the fieldset
// there. (Inputs in such a fieldset's first legend stay enabled: rare enough.) One selector,
// so the ancestors are walked once.
const REFUSING_ANCESTOR = [
  'fieldset[disabled]',
  ...INPUT_RULES.optOutAttributes.map((name) => `[${name}]:not([${name}="false"])`),
].join(', ');

/** Could a code be typed here, and does the site let password managers touch it? */
export function isEligibleInput(input: HTMLInputElement): boolean {
  return (
    ALLOWED_TYPES.has(input.type) &&
    !input.disabled &&
    !input.readOnly &&
    !saysSomethingElse(input) &&
    input.closest(REFUSING_ANCESTOR) === null
  );
}
