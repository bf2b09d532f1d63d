/**
 * Putting a code into a field the way a person would: one character per box of
 * a split field, through the native value setter (frameworks such as React watch
 * the property, and our isolated world's setter is the page-untouched one), then
 * the key, input and change events frameworks listen for.
 */
import { isEligibleInput } from '@/utils/detect/eligibility';
import { isBeingTyped } from './typing';

/** One piece per box: the whole code for one input, a character per box of a split field; null if it does not fit. */
export function splitCode(code: string, boxes: number): string[] | null {
  if (boxes === 1) return [code];
  const characters = [...code];
  return characters.length === boxes ? characters : null;
}

/**
 * Every box is still in the page, takes typing, is not opted out of password
 * managers (`data-1p-ignore`, `data-bwignore`, `data-lpignore`) and is not being typed in.
 */
export function canFill(inputs: readonly HTMLInputElement[]): boolean {
  return inputs.length > 0 && inputs.every((input) => input.isConnected && isEligibleInput(input) && !isBeingTyped(input));
}

const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;

function typeInto(input: HTMLInputElement, text: string): void {
  const key = text.length === 1 ? text : 'Unidentified';
  const init = { bubbles: true, composed: true, key };
  input.focus();
  input.dispatchEvent(new KeyboardEvent('keydown', init));
  setValue?.call(input, text);
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
  input.dispatchEvent(new KeyboardEvent('keyup', init));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Fills `inputs` (in fill order) with `code`; false when the code does not fit the boxes. */
export function fillField(inputs: readonly HTMLInputElement[], code: string): boolean {
  const pieces = splitCode(code, inputs.length);
  if (!pieces) return false;
  inputs.forEach((input, index) => typeInto(input, pieces[index] ?? ''));
  return true;
}
