/** What the detector reports: one entry per code field on the page. */
export type FieldKind = 'otp' | 'backup';

export interface DetectedField {
  kind: FieldKind;
  /** In fill order: one input, or one per box of a split (one-character-per-box) field. */
  inputs: HTMLInputElement[];
}

/** Where to look: a whole document, an open shadow root, or one subtree. */
export type SearchRoot = Document | ShadowRoot | Element;
