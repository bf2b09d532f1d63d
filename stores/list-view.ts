/**
 * How the popup shows the accounts: search, sort, edit mode and its selection.
 * The sort choice is remembered (it comes back with the list, `popup.open`); the rest lasts as long as the popup.
 */
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { arrangeAccounts, moveRow, type SortMode } from '@/utils/accounts/arrange';
import { sortPreference } from '@/utils/accounts/sort-preference';
import { useAccountsStore } from './accounts';

export const useListViewStore = defineStore('list-view', () => {
  const accounts = useAccountsStore();
  const query = ref('');
  const sort = ref<SortMode>('manual');
  const editing = ref(false);
  const selected = ref(new Set<string>());

  const rows = computed(() => arrangeAccounts(accounts.accounts, { query: query.value, sort: sort.value }));
  /** Dragging only means something when every account is shown in the user's own order. */
  const canReorder = computed(() => sort.value === 'manual' && query.value.trim() === '' && !editing.value);

  function setSort(mode: SortMode): void {
    sort.value = mode;
    void sortPreference.setValue(mode);
  }

  function setEditing(on: boolean): void {
    editing.value = on;
    selected.value = new Set();
  }

  function toggleSelected(id: string): void {
    const next = new Set(selected.value);
    if (!next.delete(id)) next.add(id);
    selected.value = next;
  }

  /** Selects every row the search shows. */
  function selectShown(): void {
    selected.value = new Set(rows.value.map((row) => row.id));
  }

  async function move(id: string, toIndex: number): Promise<void> {
    if (!canReorder.value) return;
    const ids = moveRow(rows.value, id, toIndex);
    if (ids) await accounts.reorder(ids);
  }

  async function deleteSelected(): Promise<void> {
    await accounts.remove([...selected.value]);
    setEditing(false);
  }

  return { query, sort, editing, selected, rows, canReorder, setSort, setEditing, toggleSelected, selectShown, move, deleteSelected };
});
