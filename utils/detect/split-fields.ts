/**
 * Which inputs make up one field: a run of one-character boxes side by side is
 * one split field; any other input is a field of its own. Grouping uses DOM
 * structure only; the fill order of a split field comes from layout when there
 * is one.
 */
import { SHAPE } from './heuristics';

function isBox(input: HTMLInputElement): boolean {
  return input.maxLength === 1;
}

/** Boxes sit side by side: same parent, or each wrapped in its own element under one parent. */
function areNeighbours(a: HTMLInputElement, b: HTMLInputElement): boolean {
  const parentA = a.parentElement;
  const parentB = b.parentElement;
  if (!parentA || !parentB) return false;
  return parentA === parentB || (parentA.parentElement !== null && parentA.parentElement === parentB.parentElement);
}

function runsOfBoxes(inputs: readonly HTMLInputElement[]): HTMLInputElement[][] {
  const runs: HTMLInputElement[][] = [];
  let run: HTMLInputElement[] = [];
  for (const input of inputs) {
    const previous = run[run.length - 1];
    if (previous && isBox(previous) && isBox(input) && areNeighbours(previous, input)) run.push(input);
    else {
      runs.push(run);
      run = [input];
    }
  }
  runs.push(run);
  return runs.filter((group) => group.length > 0);
}

function isSplitRun(group: readonly HTMLInputElement[]): boolean {
  return group.length >= SHAPE.splitRun.min && group.length <= SHAPE.splitRun.max && group.every(isBox);
}

/**
 * `inputs` (in DOM order, one tree) grouped into candidate fields, in DOM order.
 * Inputs too short to hold a code and not part of a split run are dropped.
 */
export function groupFields(inputs: readonly HTMLInputElement[]): HTMLInputElement[][] {
  const fields: HTMLInputElement[][] = [];
  for (const group of runsOfBoxes(inputs)) {
    if (isSplitRun(group)) fields.push(group);
    else {
      for (const input of group) {
        const tooShort = input.maxLength > 0 && input.maxLength < SHAPE.minSingleMaxLength;
        if (!tooShort) fields.push([input]);
      }
    }
  }
  return fields;
}

/**
 * Boxes in the order a person reads them (top to bottom, then left to right), which
 * CSS (`order`, `row-reverse`) can make differ from DOM order. Without layout (every
 * box 0×0, as in happy-dom) the DOM order stands.
 */
export function inFillOrder(boxes: readonly HTMLInputElement[]): HTMLInputElement[] {
  if (boxes.length < 2) return [...boxes];
  const placed = boxes.map((box) => ({ box, rect: box.getBoundingClientRect() }));
  if (placed.every(({ rect }) => rect.width === 0 && rect.height === 0)) return [...boxes];
  return placed
    .sort((a, b) => {
      const sameRow = Math.abs(a.rect.top - b.rect.top) < Math.max(a.rect.height, b.rect.height) / 2;
      return sameRow ? a.rect.left - b.rect.left : a.rect.top - b.rect.top;
    })
    .map(({ box }) => box);
}
