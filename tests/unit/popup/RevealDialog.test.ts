// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, getActivePinia, setActivePinia } from 'pinia';
import { sendToWorker } from '@/utils/messaging';
import { VaultError } from '@/utils/vault/errors';
import RevealDialog from '@/components/dialogs/RevealDialog.vue';
import { useAccountsStore } from '@/stores/accounts';
import { accountView } from './account-fixtures';
import { fakeWorker, type FakeWorker } from './fake-worker';

vi.mock('@/utils/messaging', async (importOriginal) => ({ ...(await importOriginal<typeof import('@/utils/messaging')>()), sendToWorker: vi.fn() }));

const SECRET = 'KRUGS4ZANFZSAYJAORSXG5BAONSWG4TF';
const URI = `otpauth://totp/Acme:ada?secret=${SECRET}&issuer=Acme`;
const ACCOUNT = accountView({ id: 'acme', issuer: 'Acme', label: 'ada' });

describe('revealing an account (QR code or secret)', () => {
  let worker: FakeWorker;

  beforeEach(() => {
    setActivePinia(createPinia());
    worker = fakeWorker([ACCOUNT], {
      'accounts.reveal': ({ password }: { password: string }) => {
        if (password !== 'right') throw new VaultError('wrong-password');
        return { secret: SECRET, uri: URI };
      },
    });
    vi.mocked(sendToWorker).mockImplementation(worker.send as never);
  });

  async function enter(wrapper: ReturnType<typeof mount>, password: string) {
    await wrapper.get('[data-testid="reveal-password"]').setValue(password);
    await wrapper.get('form').trigger('submit');
    await flushPromises();
  }

  it('asks for the password first and shows the worker’s message when it is wrong', async () => {
    const wrapper = mount(RevealDialog, { props: { account: ACCOUNT, mode: 'qr' }, attachTo: document.body });
    expect(wrapper.find('[data-testid="qr-code"]').exists()).toBe(false);
    await enter(wrapper, 'wrong');
    expect(wrapper.get('[data-testid="reveal-error"]').text()).toBe(new VaultError('wrong-password').message);
    expect((wrapper.get('[data-testid="reveal-password"]').element as HTMLInputElement).value).toBe('');
    expect(worker.payloadsOf('accounts.reveal')).toEqual([{ id: 'acme', password: 'wrong' }]);
    wrapper.unmount();
  });

  it('draws the QR code as SVG elements after the right password', async () => {
    const wrapper = mount(RevealDialog, { props: { account: ACCOUNT, mode: 'qr' }, attachTo: document.body });
    await enter(wrapper, 'right');
    await vi.waitFor(() => expect(wrapper.find('[data-testid="qr-code"] path').exists()).toBe(true));
    expect(wrapper.get('[data-testid="qr-code"] path').attributes('d')).toMatch(/^M\d+ \d+h\d+/);
    expect(wrapper.get('[data-testid="qr-code"]').attributes('aria-label')).toContain('Acme · ada');
    wrapper.unmount();
  });

  it('shows the secret in groups with the account’s fixed parameters, and keeps it out of every store', async () => {
    useAccountsStore();
    const wrapper = mount(RevealDialog, { props: { account: ACCOUNT, mode: 'secret' }, attachTo: document.body });
    await enter(wrapper, 'right');
    expect(wrapper.get('[data-testid="revealed-secret"]').text()).toBe('KRUG S4ZA NFZS AYJA ORSX G5BA ONSW G4TF');
    expect(wrapper.text()).toContain('Time-based (TOTP)');
    expect(wrapper.text()).toContain('SHA1');
    expect(JSON.stringify(getActivePinia()!.state.value)).not.toContain(SECRET);
    await wrapper.get('dialog').trigger('cancel');
    expect(wrapper.emitted('close')).toHaveLength(1);
    wrapper.unmount();
  });
});
