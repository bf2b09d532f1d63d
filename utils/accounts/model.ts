/**
 * An account as Twofold keeps it (inside an encrypted record) and the view of it
 * that leaves the worker. The view never carries the secret.
 */
import type { OtpAccount } from '../otp/account';

/** A site an account may fill into. `origin` is scheme://host[:port]. */
export interface SiteLink {
  origin: string;
  /** 'origin': same scheme and host (default). 'registrable-domain': any host of the same site, chosen by the user. */
  match: 'origin' | 'registrable-domain';
}

/** The user chose this account to fill on `origin` at `at` (epoch ms). */
export interface FillChoice {
  origin: string;
  at: number;
}

export type AccountIcon =
  | { kind: 'auto' }
  | { kind: 'letter'; color: string }
  /** A small PNG (data: URL), made from an image the user chose. */
  | { kind: 'image'; dataUrl: string };

export interface StoredAccount extends OtpAccount {
  id: string;
  createdAt: number;
  pinned: boolean;
  sites: SiteLink[];
  icon: AccountIcon;
  note: string;
  /** Where the user picked this account among several linked to one site (the latest pick fills there). */
  fillChoices?: FillChoice[];
}

export type AccountView = Omit<StoredAccount, 'secret'>;

export function toAccountView(account: StoredAccount): AccountView {
  const { secret: _secret, ...view } = account;
  return view;
}

/** Same secret, issuer and label: the same account added twice. */
export function isSameAccount(a: Pick<OtpAccount, 'secret' | 'issuer' | 'label'>, b: Pick<OtpAccount, 'secret' | 'issuer' | 'label'>): boolean {
  return a.secret === b.secret && a.issuer.trim().toLowerCase() === b.issuer.trim().toLowerCase() && a.label.trim().toLowerCase() === b.label.trim().toLowerCase();
}
