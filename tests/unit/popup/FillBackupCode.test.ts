// @vitest-environment happy-dom
/** The popup's "Fill a backup code": the count and warning, the fill as a backup-kind fill through the worker, and putting a code back. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { sendToWorker } from '@/utils/messaging';
import { TwofoldError } from '@/utils/errors';
import type { BackupCodeSummary } from '@/utils/backup-codes/model';
import type { PageFillContext } from '@/utils/fill-types';
import FillBackupCode from '@/components/backup-codes/FillBackupCode.vue';
import { useAccountsStore } from '@/stores/accounts';
import { usePageContextStore } from '@/stores/page-context';
import { accountView } from './account-fixtures';
import { fakeWorker, type FakeWorker } from './fake-worker';

vi.mock('@/utils/messaging', async (importOriginal) => ({ ...(await importOriginal<typeof import('@/utils/messaging')>()), sendToWorker: vi.fn() }));

const BANK = accountView({ id: 'bank', issuer: 'Demo Bank', label: 'demo' });
const PAGE: PageFillContext = { tabId: 3, frameId: 0, origin: 'https://bank.test', inFrame: false, linked: ['bank'], suggested: [], otp: false, backup: true };
const summary = (remaining: number, lastHandedOutAt: number | null = null): BackupCodeSummary => ({
  setId: 's', accountId: 'bank', savedAt: 1, source: { kind: 'paste' }, total: 10, remaining, runningLow: remaining <= 3, lastHandedOutAt,
});

describe('Fill a backup code', () => {
  let worker: FakeWorker;
  let remaining: number;
  let handedOutAt: number | null;

  beforeEach(() => {
    setActivePinia(createPinia());
    remaining = 4;
    handedOutAt = null;
    worker = fakeWorker([BANK], {
      'backupCodes.list': () => [summary(remaining, handedOutAt)],
      'fill.onPage': () => {
        if (remaining === 0) throw new TwofoldError('no-backup-codes-left', 'No unused backup codes are left for this account.');
        remaining--;
        handedOutAt = Date.now();
      },
      'backupCodes.markUnused': () => summary(++remaining),
    });
    vi.mocked(sendToWorker).mockImplementation(worker.send as never);
    useAccountsStore().accounts = [BANK];
  });

  async function mountOn(page: PageFillContext) {
    usePageContextStore().context = page;
    const wrapper = mount(FillBackupCode);
    await flushPromises();
    return wrapper;
  }

  it('stays away from a page without a backup-code field', async () => {
    const wrapper = await mountOn({ ...PAGE, otp: true, backup: false });
    expect(wrapper.find('[data-testid="backup-fill-panel"]').exists()).toBe(false);
    expect(worker.calls).toEqual([]);
  });

  it('fills as a backup-kind fill, counts down, warns at three, and puts the code back when it did not work', async () => {
    const wrapper = await mountOn(PAGE);
    expect(wrapper.get('[data-testid="backup-count"]').text()).toBe('4 of 10 backup codes left');
    expect(wrapper.find('[data-testid="backup-low"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="backup-mark-unused"]').exists()).toBe(false);

    await wrapper.get('[data-testid="backup-fill"]').trigger('click');
    await flushPromises();
    expect(worker.payloadsOf('fill.onPage')).toEqual([{ tabId: 3, frameId: 0, accountId: 'bank', confirmFrame: false, kind: 'backup' }]);
    expect(wrapper.get('[data-testid="backup-count"]').text()).toBe('3 of 10 backup codes left');
    expect(wrapper.get('[data-testid="backup-low"]').text()).toContain('Only 3 left');

    await wrapper.get('[data-testid="backup-mark-unused"]').trigger('click');
    await flushPromises();
    expect(worker.payloadsOf('backupCodes.markUnused')).toEqual([{ accountId: 'bank' }]);
    expect(wrapper.get('[data-testid="backup-count"]').text()).toBe('4 of 10 backup codes left');
    expect(wrapper.find('[data-testid="backup-mark-unused"]').exists()).toBe(false);
  });

  it('offers to put back a code handed out a few minutes ago, from a popup opened again, but not one from long ago', async () => {
    handedOutAt = Date.now() - 5 * 60_000;
    const recent = await mountOn(PAGE);
    expect(recent.find('[data-testid="backup-mark-unused"]').exists()).toBe(true);
    recent.unmount();
    handedOutAt = Date.now() - 60 * 60_000;
    const old = await mountOn(PAGE);
    expect(old.find('[data-testid="backup-mark-unused"]').exists()).toBe(false);
  });

  it('says why when none are left, and when no linked account has codes', async () => {
    remaining = 0;
    const wrapper = await mountOn(PAGE);
    await wrapper.get('[data-testid="backup-fill"]').trigger('click');
    await flushPromises();
    expect(wrapper.get('[data-testid="backup-fill-error"]').text()).toBe('No unused backup codes are left for this account.');
    wrapper.unmount();

    const unlinked = await mountOn({ ...PAGE, linked: [] });
    expect(unlinked.get('[data-testid="backup-none-saved"]').text()).toContain('no account linked to https://bank.test has backup codes');
  });
});
