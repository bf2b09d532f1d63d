/** What an input's attributes say about the value it expects, independent of any words. */
import { saysOneTimeCode } from './autocomplete';
import { SHAPE } from './heuristics';

export interface FieldShape {
  /** `autocomplete="one-time-code"` */
  oneTimeCode: boolean;
  /** maxlength fits a whole code (single fields only) */
  codeLength: boolean;
  /** numeric keyboard: inputmode numeric, type tel/number */
  numeric: boolean;
  /** a `pattern` of digits */
  digitPattern: boolean;
  /** several one-character boxes side by side */
  splitRun: boolean;
}

const NUMERIC_INPUT_MODES = new Set<string>(SHAPE.numericInputModes);
const NUMERIC_TYPES = new Set<string>(SHAPE.numericTypes);

/** `boxes` is one field: a single input, or the boxes of a split field (described by the first). */
export function readShape(boxes: readonly HTMLInputElement[]): FieldShape {
  const [first] = boxes;
  if (!first) throw new RangeError('A field has at least one input.');
  const maxLength = first.maxLength;
  const pattern = first.getAttribute('pattern') ?? '';
  return {
    oneTimeCode: saysOneTimeCode(first),
    codeLength: boxes.length === 1 && maxLength >= SHAPE.codeLength.min && maxLength <= SHAPE.codeLength.max,
    numeric: NUMERIC_INPUT_MODES.has(first.getAttribute('inputmode')?.toLowerCase() ?? '') || NUMERIC_TYPES.has(first.type),
    digitPattern: SHAPE.digitPatternMarkers.some((marker) => pattern.includes(marker)),
    splitRun: boxes.length > 1,
  };
}
