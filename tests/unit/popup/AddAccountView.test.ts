// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { sendToWorker } from '@/utils/messaging';
import { TwofoldError } from '@/utils/errors';
import { OtpError } from '@/utils/otp/errors';
import AddAccountView from '@/entrypoints/popup/views/AddAccountView.vue';
import { useAccountsStore } from '@/stores/accounts';
import { fakeWorker, type FakeWorker } from './fake-worker';

vi.mock('@/utils/messaging', async (importOriginal) => ({ ...(await importOriginal<typeof import('@/utils/messaging')>()), sendToWorker: vi.fn() }));

const SECRET = 'JBSWY3DPEHPK3PXP';

describe('adding an account', () => {
  let worker: FakeWorker;
  // The QR panel is another feature with its own tests.
  const mountView = () => mount(AddAccountView, { attachTo: document.body, global: { stubs: { QrScanPanel: true } } });
  const input = (wrapper: ReturnType<typeof mountView>, testId: string) => wrapper.get(`[data-testid="${testId}"]`);

  beforeEach(() => {
    setActivePinia(createPinia());
    worker = fakeWorker();
    vi.mocked(sendToWorker).mockImplementation(worker.send as never);
  });

  it('prefills the form from a pasted link and saves only when confirmed', async () => {
    const wrapper = mountView();
    await input(wrapper, 'add-uri-input').setValue(`otpauth://hotp/Acme:ada?secret=${SECRET}&issuer=Acme&counter=7&digits=8`);
    await input(wrapper, 'add-uri-submit').trigger('submit');
    expect((input(wrapper, 'add-secret').element as HTMLInputElement).value).toBe(SECRET);
    expect((input(wrapper, 'add-issuer').element as HTMLInputElement).value).toBe('Acme');
    expect((input(wrapper, 'add-label').element as HTMLInputElement).value).toBe('ada');
    expect((input(wrapper, 'add-counter').element as HTMLInputElement).value).toBe('7');
    expect(wrapper.get('details').attributes('open')).toBeDefined();
    expect(worker.payloadsOf('accounts.add')).toEqual([]);

    await input(wrapper, 'add-submit').trigger('submit');
    await flushPromises();
    expect(worker.payloadsOf('accounts.add')).toEqual([
      { type: 'hotp', issuer: 'Acme', label: 'ada', secret: SECRET, algorithm: 'SHA1', digits: 8, period: 30, counter: 7 },
    ]);
    expect(useAccountsStore().accounts.map((account) => account.issuer)).toEqual(['Acme']);
    expect(wrapper.emitted('done')).toHaveLength(1);
    wrapper.unmount();
  });

  it('explains a link it cannot read with the OTP core’s message', async () => {
    const wrapper = mountView();
    await input(wrapper, 'add-uri-input').setValue('https://example.com/not-a-link');
    await input(wrapper, 'add-uri-submit').trigger('submit');
    expect(input(wrapper, 'add-uri-error').text()).toBe(new OtpError('not-otpauth').message);
    wrapper.unmount();
  });

  it('checks as you type: the secret’s message sits under the secret, and Add stays off', async () => {
    const wrapper = mountView();
    expect(wrapper.find('[data-testid="add-validation"]').exists()).toBe(false);
    await input(wrapper, 'add-secret').setValue('JBSWY3DPEHPK3PX1');
    expect(input(wrapper, 'add-validation').text()).toBe(new OtpError('invalid-secret').message);
    expect(input(wrapper, 'add-secret').attributes('aria-invalid')).toBe('true');
    expect(input(wrapper, 'add-submit').attributes('disabled')).toBeDefined();
    await input(wrapper, 'add-secret').setValue(SECRET);
    expect(wrapper.find('[data-testid="add-validation"]').exists()).toBe(false);
    expect(input(wrapper, 'add-submit').attributes('disabled')).toBeUndefined();
    wrapper.unmount();
  });

  it('opens Advanced when the problem is there', async () => {
    const wrapper = mountView();
    await input(wrapper, 'add-secret').setValue(SECRET);
    expect(wrapper.get('details').attributes('open')).toBeUndefined();
    await input(wrapper, 'add-digits').setValue('11');
    expect(wrapper.get('details').attributes('open')).toBeDefined();
    expect(input(wrapper, 'add-validation').text()).toBe(new OtpError('invalid-digits').message);
    expect(input(wrapper, 'add-digits').attributes('aria-invalid')).toBe('true');
    wrapper.unmount();
  });

  it('shows the worker’s message when the account already exists', async () => {
    const message = 'An account for Acme · ada with this secret already exists.';
    worker = fakeWorker([], {
      'accounts.add': () => {
        throw new TwofoldError('duplicate', message);
      },
    });
    vi.mocked(sendToWorker).mockImplementation(worker.send as never);
    const wrapper = mountView();
    await input(wrapper, 'add-secret').setValue(SECRET);
    await input(wrapper, 'add-submit').trigger('submit');
    await flushPromises();
    expect(input(wrapper, 'add-error').text()).toBe(message);
    expect(wrapper.emitted('done')).toBeUndefined();
    wrapper.unmount();
  });
});
