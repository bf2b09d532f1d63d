/** A block of backup codes on the page in front, offered in the popup for saving; nothing is saved until the user confirms. */
export interface BackupCodePageOffer {
  /** The page's origin, as the browser reports the tab's address. */
  origin: string;
  /** The heading above the codes, as the page wrote it. */
  heading: string;
  /** In page order, as shown. */
  codes: string[];
  /** Ids of the accounts linked to `origin`, the one picked last first: the likely owners of the codes. */
  linked: string[];
  /** Ids of the accounts whose current set is exactly these codes: saved already, nothing to offer. */
  savedFor: string[];
}
