/** The vault's lock state as the UI sees it. Holds no key and no password after a call returns. */
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { sendToWorker, type VaultStatus } from '@/utils/messaging';
import { TwofoldError } from '@/utils/errors';
import { i18n } from '#i18n';

export const useSessionStore = defineStore('session', () => {
  const status = ref<VaultStatus | null>(null);
  const error = ref<TwofoldError | null>(null);
  const busy = ref(false);

  async function run(action: () => Promise<VaultStatus>): Promise<boolean> {
    busy.value = true;
    error.value = null;
    try {
      status.value = await action();
      return true;
    } catch (caught) {
      error.value = caught instanceof TwofoldError ? caught : new TwofoldError('internal', i18n.t('common.tryAgain'));
      return false;
    } finally {
      busy.value = false;
    }
  }

  return {
    status,
    error,
    busy,
    /** First read when a page opens (the popup's comes with its first screen): a failure is shown, not thrown. */
    async start(reading: Promise<VaultStatus> = sendToWorker('vault.status')) {
      try {
        status.value = await reading;
      } catch (caught) {
        error.value = caught instanceof TwofoldError ? caught : new TwofoldError('internal', i18n.t('common.startFailed'));
      }
    },
    /** Re-reads the state; keeps the last error on screen (e.g. "wrong password" with its retry delay). */
    async refresh() {
      status.value = await sendToWorker('vault.status');
    },
    setup: (password: string) => run(() => sendToWorker('vault.setup', { password })),
    unlock: (password: string) => run(() => sendToWorker('vault.unlock', { password })),
    lock: () => run(() => sendToWorker('vault.lock')),
  };
});
