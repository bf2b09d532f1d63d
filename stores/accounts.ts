/**
 * The popup's view of the accounts: names, icons and sites from the worker, and
 * the current codes of the rows on screen. No secret ever reaches this store.
 */
import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import type { AccountView } from '@/utils/accounts/model';
import { sendToWorker, type AccountChanges, type CodeView, type NewAccount } from '@/utils/messaging';

export const useAccountsStore = defineStore('accounts', () => {
  /** In the worker's order (the user's manual order). Replaced whole, never mutated: a thousand rows stay cheap. */
  const accounts = shallowRef<AccountView[]>([]);
  const codes = shallowRef(new Map<string, CodeView>());
  const loaded = ref(false);

  const byId = computed(() => new Map(accounts.value.map((account) => [account.id, account])));

  async function load(): Promise<void> {
    accounts.value = await sendToWorker('accounts.list');
    loaded.value = true;
  }

  /** The list and the first rows' codes, as they came with `popup.open`. */
  function show(list: AccountView[], firstCodes: readonly CodeView[]): void {
    accounts.value = list;
    codes.value = new Map(firstCodes.map((code) => [code.id, code]));
    loaded.value = true;
  }

  /** Fetches codes for the given (visible) accounts only. */
  async function refreshCodes(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const fresh = await sendToWorker('codes.get', { ids });
    const next = new Map(codes.value);
    for (const code of fresh) next.set(code.id, code);
    codes.value = next;
  }

  async function add(account: NewAccount): Promise<AccountView> {
    const added = await sendToWorker('accounts.add', account);
    accounts.value = [...accounts.value, added];
    return added;
  }

  async function update(changes: AccountChanges): Promise<AccountView> {
    const updated = await sendToWorker('accounts.update', changes);
    accounts.value = accounts.value.map((account) => (account.id === updated.id ? updated : account));
    return updated;
  }

  async function remove(ids: string[]): Promise<void> {
    await sendToWorker('accounts.delete', { ids });
    const removed = new Set(ids);
    accounts.value = accounts.value.filter((account) => !removed.has(account.id));
  }

  /** Shows the new order at once; if the worker refuses, the saved order comes back. */
  async function reorder(ids: string[]): Promise<void> {
    const position = new Map(ids.map((id, index) => [id, index]));
    const last = ids.length;
    accounts.value = [...accounts.value].sort((a, b) => (position.get(a.id) ?? last) - (position.get(b.id) ?? last));
    try {
      await sendToWorker('accounts.reorder', { ids });
    } catch (error) {
      await load();
      throw error;
    }
  }

  async function nextHotp(id: string): Promise<CodeView> {
    const code = await sendToWorker('codes.nextHotp', { id });
    codes.value = new Map(codes.value).set(id, code);
    accounts.value = accounts.value.map((account) => (account.id === id ? { ...account, counter: account.counter + 1 } : account));
    return code;
  }

  function clear(): void {
    accounts.value = [];
    codes.value = new Map();
    loaded.value = false;
  }

  return { accounts, codes, loaded, byId, load, show, refreshCodes, add, update, remove, reorder, nextHotp, clear };
});
