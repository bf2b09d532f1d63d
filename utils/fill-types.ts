/** The data of the fill messages (listed in utils/messaging.ts). None of it is secret but the delivered code. */

/** What a fill puts in: a one-time code, or a backup code (filled from the popup only). */
export type FillKind = 'otp' | 'backup';

/** How a fill was started; it decides which field the content script fills. */
export type FillTrigger = 'popup' | 'shortcut' | 'context-menu';

/** A content script's report: which kinds of code field its document has. */
export interface FieldsFound {
  otp: boolean;
  backup: boolean;
}

/** What the popup needs to offer "Fill on page" for the active tab. */
export interface PageFillContext {
  tabId: number;
  frameId: number;
  /** Origin of the document holding the code field: what an account must be linked to. */
  origin: string;
  /** The field is in a sub-frame: Twofold fills there only after the user confirms it. */
  inFrame: boolean;
  /** Which kinds of code field that document has. */
  otp: boolean;
  backup: boolean;
  /** Ids of the accounts linked to `origin`, the one chosen last time first. */
  linked: string[];
  /** Ids of other accounts whose issuer resembles the site, as a hint for linking (never a reason to fill). */
  suggested: string[];
}

/** The popup's fill: this account into that frame's field of this kind; a sub-frame only with `confirmFrame`. */
export interface FillOnPageRequest {
  tabId: number;
  frameId: number;
  accountId: string;
  confirmFrame: boolean;
  kind: FillKind;
}
