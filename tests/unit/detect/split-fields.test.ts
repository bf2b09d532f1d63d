// @vitest-environment happy-dom
/** Split (one-character-per-box) fields: which boxes form one field, and their fill order. */
import { describe, expect, it } from 'vitest';
import { groupFields, inFillOrder } from '../../../utils/detect/split-fields';
import { detect, mount } from './mount';

const boxes = (count: number, attributes = 'maxlength="1" inputmode="numeric"') =>
  Array.from({ length: count }, (_, index) => `<input id="b${index + 1}" ${attributes}>`).join('');
const ids = (count: number) => Array.from({ length: count }, (_, index) => `b${index + 1}`);
const group = (inner: string) => `<p>Enter the verification code</p><div>${inner}</div>`;

describe('groupFields', () => {
  const groupsOf = (html: string) =>
    groupFields([...mount(html).querySelectorAll('input')]).map((field) => field.map((input) => input.id));

  it.each([4, 6, 8])('makes %i side-by-side boxes one field', (count) => {
    expect(groupsOf(`<div>${boxes(count)}</div>`)).toEqual([ids(count)]);
  });

  it.each([3, 9])('drops a run of %i boxes (too short for a code, or too long to be one)', (count) => {
    expect(groupsOf(`<div>${boxes(count)}</div>`)).toEqual([]);
  });

  it('joins boxes each wrapped in their own element', () => {
    const wrapped = ids(6).map((id) => `<span><input id="${id}" maxlength="1"></span>`).join('');
    expect(groupsOf(`<div>${wrapped}</div>`)).toEqual([ids(6)]);
  });

  it('does not join boxes from different parts of the page', () => {
    const far = `<section><div>${boxes(3)}</div></section><section><div><input id="b4" maxlength="1"></div></section>`;
    expect(groupsOf(far)).toEqual([]);
  });

  it('keeps a whole-code input beside a split field as its own field', () => {
    expect(groupsOf(`<input id="single" maxlength="6"><div>${boxes(6)}</div>`)).toEqual([['single'], ids(6)]);
  });

  it.each([
    ['no maxlength', '', true],
    ['maxlength 4', 'maxlength="4"', true],
    ['maxlength 3', 'maxlength="3"', false],
  ])('a single input with %s can hold a code: %s', (_case, attributes, kept) => {
    expect(groupsOf(`<input id="x" ${attributes}>`)).toEqual(kept ? [['x']] : []);
  });
});

describe('inFillOrder', () => {
  const place = (input: HTMLInputElement, left: number, top = 0) => {
    input.getBoundingClientRect = () => new DOMRect(left, top, 30, 40);
  };

  it('keeps DOM order without layout (every box 0×0)', () => {
    const inputs = [...mount(boxes(4)).querySelectorAll('input')];
    expect(inFillOrder(inputs).map((input) => input.id)).toEqual(ids(4));
  });

  it('follows visual order when CSS reverses the boxes (row-reverse, order)', () => {
    const inputs = [...mount(boxes(4)).querySelectorAll('input')];
    inputs.forEach((input, index) => place(input, 300 - index * 40));
    expect(inFillOrder(inputs).map((input) => input.id)).toEqual(['b4', 'b3', 'b2', 'b1']);
  });

  it('reads two rows top to bottom, each left to right', () => {
    const inputs = [...mount(boxes(4)).querySelectorAll('input')];
    const positions: [number, number][] = [[40, 50], [0, 50], [40, 0], [0, 0]];
    inputs.forEach((input, index) => place(input, ...(positions[index] as [number, number])));
    expect(inFillOrder(inputs).map((input) => input.id)).toEqual(['b4', 'b3', 'b2', 'b1']);
  });

  it('tolerates boxes a few pixels out of line', () => {
    const inputs = [...mount(boxes(3)).querySelectorAll('input')];
    [[0, 3], [40, 0], [80, 2]].forEach(([left, top], index) => place(inputs[index] as HTMLInputElement, left as number, top));
    expect(inFillOrder(inputs).map((input) => input.id)).toEqual(['b1', 'b2', 'b3']);
  });
});

describe('detectFields with split fields', () => {
  it('reports the six boxes as one field, in order', () => {
    expect(detect(group(boxes(6)))).toEqual([{ kind: 'otp', ids: ids(6) }]);
  });

  it('needs words somewhere: six bare numeric boxes are not enough', () => {
    expect(detect(`<div>${boxes(6)}</div>`)).toEqual([]);
  });

  it('reads a group label (role=group aria-label)', () => {
    const labelled = `<div role="group" aria-label="Security code">${boxes(6, 'maxlength="1"')}</div>`;
    expect(detect(labelled)).toEqual([{ kind: 'otp', ids: ids(6) }]);
  });

  it('leaves out a split field with a hidden box', () => {
    const oneHidden = boxes(5) + '<input id="b6" maxlength="1" style="display:none">';
    expect(detect(group(oneHidden))).toEqual([]);
  });
});
