/**
 * `popup.open`: everything the popup's first screen shows, in one round trip
 * (it used to take three in a row: status, then the list, then the codes).
 * Views and codes only, as `accounts.list` and `codes.get` give them.
 */
import { arrangeAccounts } from '@/utils/accounts/arrange';
import { sortPreference } from '@/utils/accounts/sort-preference';
import { isErrorCode } from '@/utils/errors';
import type { PopupOpening } from '@/utils/messaging';
import type { AccountService } from './account-service';
import { badRequest, expectRecord } from './payload';
import type { VaultService } from './vault-service';

/** More rows than any popup shows; a larger request is not a popup's. */
const MAX_FIRST_ROWS = 100;

export function parseFirstRows(payload: unknown): { rows: number } {
  const { rows } = expectRecord(payload, 'rows');
  if (typeof rows !== 'number' || !Number.isSafeInteger(rows) || rows < 0 || rows > MAX_FIRST_ROWS) throw badRequest('rows');
  return { rows };
}

export async function popupOpening(vault: VaultService, accounts: AccountService, rows: number): Promise<PopupOpening> {
  try {
    // The list first: it checks the lock itself, so the usual (unlocked) answer needs no separate status read.
    const [views, sort] = await Promise.all([accounts.list(), sortPreference.getValue()]);
    const first = arrangeAccounts(views, { query: '', sort }).slice(0, rows);
    return { status: { state: 'unlocked' }, list: { accounts: views, sort, codes: await accounts.codes(first.map(({ id }) => id)) } };
  } catch (error) {
    // Locked, or no vault yet: the popup shows the unlock or setup form.
    if (isErrorCode(error, 'locked')) return { status: await vault.status(), list: null };
    throw error;
  }
}
