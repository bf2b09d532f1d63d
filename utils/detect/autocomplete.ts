/** Reading the `autocomplete` attribute, the page's own statement of what a field is. */
import { INPUT_RULES } from './heuristics';

const WHITESPACE = /\s+/;
const EXCLUDED = new Set<string>(INPUT_RULES.excludedAutocomplete);

function autocompleteTokens(input: HTMLInputElement): string[] {
  const value = input.getAttribute('autocomplete')?.trim().toLowerCase();
  return value ? value.split(WHITESPACE) : [];
}

/** The HTML standard's token for a one-time code: decisive on its own. */
export function saysOneTimeCode(input: HTMLInputElement): boolean {
  return autocompleteTokens(input).includes(INPUT_RULES.oneTimeCodeToken);
}

/** `cc-csc`, `postal-code`, `tel`, `username`, …: the page says this is some other field. */
export function saysSomethingElse(input: HTMLInputElement): boolean {
  return autocompleteTokens(input).some(
    (token) => EXCLUDED.has(token) || INPUT_RULES.excludedAutocompletePrefixes.some((prefix) => token.startsWith(prefix)),
  );
}
