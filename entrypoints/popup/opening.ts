/**
 * The popup's one startup message, `popup.open`: the lock state and, when
 * unlocked, the list with the codes of the rows the first screen can show.
 */
import { sendToWorker, type PopupOpening, type VaultStatus } from '@/utils/messaging';
import { FIRST_SCREEN_ROWS } from '@/components/account-list/row-metrics';
import { useAccountsStore } from '@/stores/accounts';
import { useListViewStore } from '@/stores/list-view';

export function requestOpening(): Promise<PopupOpening> {
  return sendToWorker('popup.open', { rows: FIRST_SCREEN_ROWS });
}

/** Puts the list into the stores before it renders; returns the lock state. */
export function showOpening({ status, list }: PopupOpening): VaultStatus {
  if (list) {
    useAccountsStore().show(list.accounts, list.codes);
    useListViewStore().sort = list.sort;
  }
  return status;
}
