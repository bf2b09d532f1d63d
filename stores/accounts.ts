/**
 * The popup's view of the accounts: names, icons and sites from the worker, and
 * the current codes of the rows on screen. No secret ever reaches this store.
 */
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { AccountView } from '@/utils/accounts/model';
import { sendToWorker, type CodeView, type NewAccount } from '@/utils/messaging';

export const useAccountsStore = defineStore('accounts', () => {
  const accounts = ref<AccountView[]>([]);
  const codes = ref(new Map<string, CodeView>());
  const loaded = ref(false);

  const byId = computed(() => new Map(accounts.value.map((account) => [account.id, account])));

  async function load(): Promise<void> {
    accounts.value = await sendToWorker('accounts.list');
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

  async function remove(ids: string[]): Promise<void> {
    await sendToWorker('accounts.delete', { ids });
    const removed = new Set(ids);
    accounts.value = accounts.value.filter((account) => !removed.has(account.id));
  }

  async function nextHotp(id: string): Promise<void> {
    const code = await sendToWorker('codes.nextHotp', { id });
    codes.value = new Map(codes.value).set(id, code);
    accounts.value = accounts.value.map((account) => (account.id === id ? { ...account, counter: account.counter + 1 } : account));
  }

  function clear(): void {
    accounts.value = [];
    codes.value = new Map();
    loaded.value = false;
  }

  return { accounts, codes, loaded, byId, load, refreshCodes, add, remove, nextHotp, clear };
});
