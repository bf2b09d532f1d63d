/** Which field a fill goes into, by how it was started. */
import type { DetectedField } from '@/utils/detect';
import { TwofoldError } from '@/utils/errors';
import type { FillKind, FillTrigger } from '@/utils/fill-types';
import { contentMessage } from './message';

function focusedElement(): Element | null {
  let element = document.activeElement;
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  return element;
}

/** The keyboard focus is in this document itself, not in a frame inside it: the shortcut is meant for us. */
export function holdsKeyboardFocus(): boolean {
  return document.hasFocus() && !(document.activeElement instanceof HTMLIFrameElement);
}

/**
 * The context menu fills the input that was right-clicked (with its sibling boxes
 * when it is one box of a split field); the popup and the shortcut fill the focused
 * field of the kind asked for (a one-time code, or a backup code from the popup),
 * or else the page's first.
 */
export function fieldToFill(
  trigger: FillTrigger,
  kind: FillKind,
  fields: readonly DetectedField[],
  rightClicked: HTMLInputElement | null,
): readonly HTMLInputElement[] {
  if (trigger === 'context-menu') {
    if (rightClicked) return fields.find(({ inputs }) => inputs.includes(rightClicked))?.inputs ?? [rightClicked];
  } else {
    const focused = focusedElement();
    const ofKind = fields.filter((field) => field.kind === kind);
    const field = ofKind.find(({ inputs }) => inputs.some((input) => input === focused)) ?? ofKind[0];
    if (field) return field.inputs;
  }
  throw new TwofoldError('no-field', contentMessage('content.noField'));
}
