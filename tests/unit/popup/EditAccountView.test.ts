// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { sendToWorker } from '@/utils/messaging';
import EditAccountView from '@/entrypoints/popup/views/EditAccountView.vue';
import { LETTER_COLORS } from '@/components/icons/letter-avatar';
import { useAccountsStore } from '@/stores/accounts';
import { accountView } from './account-fixtures';
import { fakeWorker, type FakeWorker } from './fake-worker';

vi.mock('@/utils/messaging', async (importOriginal) => ({ ...(await importOriginal<typeof import('@/utils/messaging')>()), sendToWorker: vi.fn() }));

const ACCOUNT = accountView({ id: 'acme', issuer: 'Acme', label: 'ada', sites: [{ origin: 'https://acme.test', match: 'origin' }] });

describe('editing an account', () => {
  let worker: FakeWorker;

  beforeEach(async () => {
    setActivePinia(createPinia());
    worker = fakeWorker([ACCOUNT]);
    vi.mocked(sendToWorker).mockImplementation(worker.send as never);
    await useAccountsStore().load();
  });

  const mountView = () => mount(EditAccountView, { props: { account: ACCOUNT }, attachTo: document.body });

  it('saves names, icon and sites through the worker and returns to the list', async () => {
    const wrapper = mountView();
    await wrapper.get('[data-testid="edit-issuer"]').setValue('Acme Cloud');
    await wrapper.get('[data-testid="edit-label"]').setValue('ada@acme.test');
    await wrapper.get('[data-testid="icon-letter"]').trigger('change');
    await wrapper.findAll('.swatch')[2]!.trigger('click');
    await wrapper.get('[data-testid="remove-site"]').trigger('click');
    await wrapper.get('[data-testid="add-site-input"]').setValue('https://login.acme.test');
    await wrapper.get('.site-links form').trigger('submit');
    await wrapper.get('#edit-form').trigger('submit');
    await flushPromises();
    expect(worker.payloadsOf('accounts.update')).toEqual([
      {
        id: 'acme',
        issuer: 'Acme Cloud',
        label: 'ada@acme.test',
        icon: { kind: 'letter', color: LETTER_COLORS[2] },
        sites: [{ origin: 'https://login.acme.test', match: 'origin' }],
      },
    ]);
    expect(useAccountsStore().byId.get('acme')?.issuer).toBe('Acme Cloud');
    expect(wrapper.emitted('done')).toHaveLength(1);
    wrapper.unmount();
  });

  it('offers no way to change type, secret or algorithm, and shows them only behind the password', async () => {
    const wrapper = mountView();
    expect(wrapper.find('[data-testid="add-type"], [data-testid="add-secret"], [data-testid="add-algorithm"]').exists()).toBe(false);
    expect(wrapper.find('dialog').exists()).toBe(false);
    await wrapper.get('[data-testid="show-secret"]').trigger('click');
    expect(wrapper.get('dialog').find('[data-testid="reveal-password"]').exists()).toBe(true);
    wrapper.unmount();
  });

  it('refuses a file that is not a picture, with a message', async () => {
    const wrapper = mountView();
    const input = wrapper.get('[data-testid="icon-file"]');
    Object.defineProperty(input.element, 'files', { value: [new File(['hello'], 'notes.txt', { type: 'text/plain' })] });
    await input.trigger('change');
    await flushPromises();
    expect(wrapper.get('[data-testid="icon-error"]').text()).toContain('picture');
    wrapper.unmount();
  });
});
