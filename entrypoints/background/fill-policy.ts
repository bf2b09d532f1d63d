/**
 * The rules of filling, as pure functions: which frame may receive a code, and
 * which account fills without asking. The fill service applies them to what the
 * browser says about the sender; nothing here reads a payload.
 */
import type { AccountView, FillChoice } from '@/utils/accounts/model';
import { TwofoldError } from '@/utils/errors';
import { isLinkedTo } from '@/utils/site-match';
import { t } from '@/utils/i18n/translate';

/** How many sites an account remembers being picked for. */
const MAX_FILL_CHOICES = 50;

export interface FillFrame {
  frameId: number;
  origin: string;
}

/**
 * Top frame by default; a sub-frame (a page may embed any site) only when the user
 * confirmed it in the popup; a sandboxed frame (opaque origin "null") never.
 */
export function frameRefusal(frame: FillFrame, confirmedInPopup: boolean): TwofoldError | null {
  if (!/^https?:\/\//.test(frame.origin)) {
    return new TwofoldError('sandboxed-frame', t('errors.fill.sandboxedFrame'));
  }
  if (frame.frameId !== 0 && !confirmedInPopup) {
    return new TwofoldError('frame-not-confirmed', t('errors.fill.frameNotConfirmed'));
  }
  return null;
}

function chosenAt(account: AccountView, origin: string): number {
  return account.fillChoices?.find((choice) => choice.origin === origin)?.at ?? 0;
}

/** Accounts linked to `origin`, the one picked most recently for it first, otherwise in list order. */
export function linkedAccounts(accounts: readonly AccountView[], origin: string): AccountView[] {
  return accounts.filter((account) => isLinkedTo(account, origin)).sort((a, b) => chosenAt(b, origin) - chosenAt(a, origin));
}

/** The account that fills without asking: the only one linked, or the one picked for this site before. */
export function accountToFill(linked: readonly AccountView[], origin: string): AccountView | undefined {
  const [first] = linked;
  if (!first) return undefined;
  return linked.length === 1 || chosenAt(first, origin) > 0 ? first : undefined;
}

/** The account's choices with `origin` picked now (the oldest forgotten beyond the limit). */
export function withChoice(account: AccountView, origin: string, at: number): FillChoice[] {
  const others = (account.fillChoices ?? []).filter((choice) => choice.origin !== origin);
  return [...others, { origin, at }].sort((a, b) => a.at - b.at).slice(-MAX_FILL_CHOICES);
}
