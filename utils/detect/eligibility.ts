/**
 * The first, cheapest filter: attribute reads only (no text, no layout), so the
 * many ordinary inputs of a page are dropped before any real work.
 */
import { saysSomethingElse } from './autocomplete';
import { INPUT_RULES } from './heuristics';

const ALLOWED_TYPES = new Set<string>(INPUT_RULES.allowedTypes);
// An opt-out may sit on the input or on its form; `data-lpignore="false"` is an explicit opt-in.
const OPT_OUT_SELECTOR = INPUT_RULES.optOutAttributes.map((name) => `[${name}]:not([${name}="false"])`).join(', ');

/** Could a code be typed here, and does the site let password managers touch it? */
export function isEligibleInput(input: HTMLInputElement): boolean {
  return (
    ALLOWED_TYPES.has(input.type) &&
    // `:disabled` would say it in one go, but happy-dom 21 ignores a disabled <fieldset>
    // there. (Inputs in such a fieldset's first legend stay enabled: rare enough.)
    !input.disabled &&
    input.closest('fieldset[disabled]') === null &&
    !input.readOnly &&
    input.closest(OPT_OUT_SELECTOR) === null &&
    !saysSomethingElse(input)
  );
}
