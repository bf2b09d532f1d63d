// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { storage } from 'wxt/utils/storage';
import { sendToWorker } from '@/utils/messaging';
import { useAccountsStore } from '@/stores/accounts';
import { useListViewStore } from '@/stores/list-view';
import { accountView } from './account-fixtures';
import { fakeWorker, type FakeWorker } from './fake-worker';

vi.mock('@/utils/messaging', async (importOriginal) => ({ ...(await importOriginal<typeof import('@/utils/messaging')>()), sendToWorker: vi.fn() }));

describe('the list view store', () => {
  let worker: FakeWorker;

  beforeEach(async () => {
    setActivePinia(createPinia());
    worker = fakeWorker(['Delta', 'alpha', 'Charlie', 'bravo'].map((issuer, index) => accountView({ id: issuer.toLowerCase(), issuer, pinned: index === 2 })));
    vi.mocked(sendToWorker).mockImplementation(worker.send as never);
    await useAccountsStore().load();
  });

  it('saves the sort order for the next popup (the worker sends it back with the list)', async () => {
    const list = useListViewStore();
    expect(list.rows.map((row) => row.id)).toEqual(['charlie', 'delta', 'alpha', 'bravo']);
    list.setSort('name');
    expect(list.rows.map((row) => row.id)).toEqual(['charlie', 'alpha', 'bravo', 'delta']);
    await vi.waitFor(async () => expect(await storage.getItem('local:popup.sort')).toBe('name'));
  });

  it('reorders through the worker in manual order only, with nothing filtered', async () => {
    const list = useListViewStore();
    await list.move('bravo', 1);
    expect(worker.payloadsOf('accounts.reorder')).toEqual([{ ids: ['charlie', 'bravo', 'delta', 'alpha'] }]);
    expect(list.rows.map((row) => row.id)).toEqual(['charlie', 'bravo', 'delta', 'alpha']);
    list.query = 'a';
    await list.move('alpha', 1);
    list.query = '';
    list.setSort('name');
    await list.move('alpha', 3);
    expect(worker.payloadsOf('accounts.reorder')).toHaveLength(1);
  });

  it('puts the saved order back when the worker refuses a reorder', async () => {
    worker = fakeWorker(worker.accounts, {
      'accounts.reorder': () => {
        throw new Error('refused');
      },
    });
    vi.mocked(sendToWorker).mockImplementation(worker.send as never);
    const list = useListViewStore();
    await expect(list.move('bravo', 1)).rejects.toThrow('refused');
    expect(list.rows.map((row) => row.id)).toEqual(['charlie', 'delta', 'alpha', 'bravo']);
  });

  it('leaves edit mode with an empty selection', () => {
    const list = useListViewStore();
    list.setEditing(true);
    list.toggleSelected('alpha');
    list.selectShown();
    expect(list.selected.size).toBe(4);
    list.setEditing(false);
    expect(list.selected.size).toBe(0);
  });
});
