// @vitest-environment happy-dom
/** The pure parts of filling: how a code is split over boxes, which fields may be filled, and how. */
import { describe, expect, it } from 'vitest';
import { canFill, fillField, splitCode } from '@/entrypoints/content/fill';
import { recordTyping } from '@/entrypoints/content/typing';

function inputs(html: string): HTMLInputElement[] {
  document.body.innerHTML = html;
  return [...document.querySelectorAll('input')];
}

describe('splitCode', () => {
  it('gives one input the whole code and each box of a split field one character', () => {
    expect(splitCode('123456', 1)).toEqual(['123456']);
    expect(splitCode('123456', 6)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(splitCode('2BC4F', 5)).toEqual(['2', 'B', 'C', '4', 'F']);
  });

  it('refuses a code that does not fit the boxes rather than dropping digits', () => {
    expect(splitCode('12345678', 6)).toBeNull();
    expect(splitCode('1234', 6)).toBeNull();
  });
});

describe('canFill', () => {
  it('accepts an ordinary code field', () => {
    expect(canFill(inputs('<input id="code" autocomplete="one-time-code">'))).toBe(true);
  });

  it('respects the password-manager opt-outs on the field or its form', () => {
    for (const optOut of ['data-1p-ignore', 'data-bwignore', 'data-lpignore="true"']) {
      expect(canFill(inputs(`<input ${optOut}>`)), optOut).toBe(false);
      expect(canFill(inputs(`<form ${optOut}><input></form>`)), `form ${optOut}`).toBe(false);
    }
    expect(canFill(inputs('<input data-lpignore="false">'))).toBe(true);
  });

  it('refuses disabled, read-only, detached and password fields, and no field at all', () => {
    expect(canFill(inputs('<input disabled>'))).toBe(false);
    expect(canFill(inputs('<input readonly>'))).toBe(false);
    expect(canFill(inputs('<input type="password">'))).toBe(false);
    expect(canFill([document.createElement('input')])).toBe(false);
    expect(canFill([])).toBe(false);
  });

  it('never overwrites a box the person is typing in, but fills once they paused', () => {
    const boxes = inputs('<input maxlength="1"><input maxlength="1"><input maxlength="1">');
    boxes[1]!.value = '7';
    recordTyping(boxes[1]!, Date.now());
    expect(canFill(boxes)).toBe(false);
    recordTyping(boxes[1]!, Date.now() - 5_000);
    expect(canFill(boxes)).toBe(true);
  });
});

describe('fillField', () => {
  it('puts one character in each box, in the order given', () => {
    const boxes = inputs('<input maxlength="1">'.repeat(6));
    expect(fillField(boxes, '405912')).toBe(true);
    expect(boxes.map((box) => box.value)).toEqual(['4', '0', '5', '9', '1', '2']);
  });

  it('sets the value through the native setter and sends the events frameworks listen for', () => {
    const [input] = inputs('<input>');
    const seen: string[] = [];
    // A framework (React) shadows `value` on the element to track changes; the native setter must still reach the DOM.
    let shadowed = '';
    Object.defineProperty(input!, 'value', { configurable: true, get: () => shadowed, set: (value: string) => (shadowed = `framework:${value}`) });
    for (const type of ['keydown', 'input', 'keyup', 'change']) input!.addEventListener(type, () => seen.push(type));
    expect(fillField([input!], '123456')).toBe(true);
    expect(shadowed).toBe('');
    expect(input!.getAttribute('value')).toBeNull();
    delete (input as unknown as { value?: string }).value;
    expect(input!.value).toBe('123456');
    expect(seen).toEqual(['keydown', 'input', 'keyup', 'change']);
  });

  it('fills nothing when the code does not fit the boxes', () => {
    const boxes = inputs('<input maxlength="1">'.repeat(6));
    expect(fillField(boxes, '12345678')).toBe(false);
    expect(boxes.every((box) => box.value === '')).toBe(true);
  });
});
