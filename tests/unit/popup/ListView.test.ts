// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { sendToWorker } from '@/utils/messaging';
import { TwofoldError } from '@/utils/errors';
import ListView from '@/entrypoints/popup/views/ListView.vue';
import { useAccountsStore } from '@/stores/accounts';
import { accountView } from './account-fixtures';
import { fakeWorker, type FakeWorker } from './fake-worker';
import { giveTheListAViewport, VIEWPORT_ROWS } from './list-test-setup';

vi.mock('@/utils/messaging', async (importOriginal) => ({ ...(await importOriginal<typeof import('@/utils/messaging')>()), sendToWorker: vi.fn() }));
giveTheListAViewport();

const ISSUERS = ['Acme', 'Plumbus', 'Zyxwvu', 'Quux'];

describe('the list screen', () => {
  let worker: FakeWorker;
  let wrapper: VueWrapper;
  const issuers = () => wrapper.findAll('[data-testid="account-issuer"]').map((node) => node.text());
  const row = (issuer: string) => wrapper.findAll('[data-testid="account-row"]').find((node) => node.get('[data-testid="account-issuer"]').text() === issuer)!;

  async function open(accounts = ISSUERS.map((issuer, index) => accountView({ id: `id-${index}`, issuer }))) {
    worker = fakeWorker(accounts);
    vi.mocked(sendToWorker).mockImplementation(worker.send as never);
    await useAccountsStore().load();
    wrapper = mount(ListView, { attachTo: document.body });
    await flushPromises();
  }

  beforeEach(() => setActivePinia(createPinia()));
  afterEach(() => wrapper?.unmount());

  it('puts only the rows in view in the page and asks codes for those only', async () => {
    await open(Array.from({ length: 200 }, (_, index) => accountView({ id: `id-${index}`, issuer: `Service ${index}` })));
    const rendered = wrapper.findAll('[data-testid="account-row"]').length;
    expect(rendered).toBeGreaterThanOrEqual(VIEWPORT_ROWS);
    expect(rendered).toBeLessThan(20);
    const asked = worker.payloadsOf('codes.get').flatMap((payload) => (payload as { ids: string[] }).ids);
    expect(asked.length).toBe(rendered);
    expect(row('Service 0').get('[data-testid="account-code"]').text()).toBe('100 000');
  });

  it('filters as you type, and "/" focuses the search', async () => {
    await open();
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: '/', bubbles: true }));
    expect(document.activeElement?.getAttribute('data-testid')).toBe('search');
    await wrapper.get('[data-testid="search"]').setValue('plu');
    expect(issuers()).toEqual(['Plumbus']);
    await wrapper.get('[data-testid="search"]').setValue('nothing');
    expect(wrapper.get('[data-testid="no-results"]').text()).toContain('nothing');
  });

  it('copies a code on click, confirms it, and asks the worker to clear the clipboard later', async () => {
    await open();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    await row('Plumbus').trigger('click');
    await flushPromises();
    expect(writeText).toHaveBeenCalledWith('101111');
    expect(wrapper.get('[data-testid="copied"]').text()).toContain('Plumbus');
    expect(worker.payloadsOf('clipboard.clearLater')).toEqual([{ text: '101111' }]);
  });

  it('moves between rows with the arrow keys and copies with Enter', async () => {
    await open();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    (row('Acme').element as HTMLElement).focus();
    await row('Acme').trigger('keydown', { key: 'ArrowDown' });
    await vi.waitFor(() => expect(document.activeElement).toBe(row('Plumbus').element));
    await row('Plumbus').trigger('keydown', { key: 'Enter' });
    expect(writeText).toHaveBeenCalledWith('101111');
  });

  it('pins from the row menu: the row goes to the top', async () => {
    await open();
    await row('Quux').get('[data-testid="account-menu"]').trigger('click');
    await wrapper.get('[data-testid="pin-account"]').trigger('click');
    await flushPromises();
    expect(worker.payloadsOf('accounts.update')).toEqual([{ id: 'id-3', pinned: true }]);
    expect(issuers()).toEqual(['Quux', 'Acme', 'Plumbus', 'Zyxwvu']);
  });

  it('shows the worker’s message when an action fails', async () => {
    await open();
    worker = fakeWorker(worker.accounts, {
      'accounts.update': () => {
        throw new TwofoldError('locked', 'Twofold is locked. Unlock it to continue.');
      },
    });
    vi.mocked(sendToWorker).mockImplementation(worker.send as never);
    await row('Acme').get('[data-testid="account-menu"]').trigger('click');
    await wrapper.get('[data-testid="pin-account"]').trigger('click');
    await flushPromises();
    expect(wrapper.get('[data-testid="list-error"]').text()).toBe('Twofold is locked. Unlock it to continue.');
  });

  it('deletes one account from its menu only after confirmation (Esc cancels)', async () => {
    await open();
    await row('Zyxwvu').get('[data-testid="account-menu"]').trigger('click');
    await wrapper.get('[data-testid="delete-account"]').trigger('click');
    await wrapper.get('dialog').trigger('cancel');
    expect(wrapper.find('dialog').exists()).toBe(false);
    expect(worker.payloadsOf('accounts.delete')).toEqual([]);

    await row('Zyxwvu').get('[data-testid="account-menu"]').trigger('click');
    await wrapper.get('[data-testid="delete-account"]').trigger('click');
    expect(wrapper.get('dialog h2').text()).toBe('Delete “Zyxwvu · me@example.test”?');
    await wrapper.get('[data-testid="confirm-delete"]').trigger('click');
    await flushPromises();
    expect(worker.payloadsOf('accounts.delete')).toEqual([{ ids: ['id-2'] }]);
    expect(issuers()).toEqual(['Acme', 'Plumbus', 'Quux']);
  });

  it('selects several accounts in edit mode and deletes them after one confirmation', async () => {
    await open();
    await wrapper.get('[data-testid="edit-mode"]').trigger('click');
    expect(wrapper.get('[data-testid="delete-selected"]').attributes('disabled')).toBeDefined();
    await row('Acme').get('[data-testid="select-account"]').trigger('change');
    await row('Quux').trigger('click');
    expect(wrapper.get('[data-testid="selected-count"]').text()).toBe('2 selected');
    await wrapper.get('[data-testid="delete-selected"]').trigger('click');
    expect(wrapper.get('dialog h2').text()).toBe('Delete 2 accounts?');
    await wrapper.get('[data-testid="confirm-delete"]').trigger('click');
    await flushPromises();
    expect(worker.payloadsOf('accounts.delete')).toEqual([{ ids: ['id-0', 'id-3'] }]);
    expect(issuers()).toEqual(['Plumbus', 'Zyxwvu']);
    expect(wrapper.find('[data-testid="select-account"]').exists()).toBe(false);
  });
});
