/**
 * Drops the inputs of lists (INPUT_RULES.maxInputsSharingName): a page may hold
 * hundreds of quantity boxes, and this costs one attribute read each, where
 * judging them would cost dozens.
 */
import { INPUT_RULES } from './heuristics';

export function withoutListRows(inputs: readonly HTMLInputElement[]): HTMLInputElement[] {
  const names = inputs.map((input) => input.name);
  const sharing = new Map<string, number>();
  for (const name of names) sharing.set(name, (sharing.get(name) ?? 0) + 1);
  return inputs.filter((_, index) => {
    const name = names[index] as string;
    return name === '' || (sharing.get(name) ?? 0) <= INPUT_RULES.maxInputsSharingName;
  });
}
