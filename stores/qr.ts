/**
 * QR scanning as the popup and options page see it: the worker's last scan
 * (views only: the secrets of found accounts stay in the worker until confirmed).
 */
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { browser } from 'wxt/browser';
import { sendToWorker } from '@/utils/messaging';
import { TwofoldError } from '@/utils/errors';
import { bytesToBase64 } from '@/utils/vault/bytes';
import type { AccountView } from '@/utils/accounts/model';
import { MAX_QR_IMAGE_BYTES, MAX_QR_IMAGES, type QrImageUpload, type QrMigrationImportResult, type QrScanState } from '@/utils/qr/scan-view';
import { accountName } from '@/components/account-name';
import { useAccountsStore } from './accounts';
import { i18n } from '#i18n';

/** While the page shows the overlay, ask now and then whether the user has drawn the rectangle. */
const SELECTING_POLL_MS = 500;

export const useQrStore = defineStore('qr', () => {
  const scan = ref<QrScanState | null>(null);
  const busy = ref(false);
  const error = ref('');
  /** What the last save did, in a sentence ("Imported 3 accounts."). */
  const notice = ref('');
  /** Counts saves after which nothing found is left to confirm (a popup then goes back to its list). */
  const finished = ref(0);
  let poll: ReturnType<typeof setTimeout> | undefined;

  async function run<T>(action: () => Promise<T>): Promise<T | undefined> {
    busy.value = true;
    error.value = '';
    notice.value = '';
    try {
      return await action();
    } catch (caught) {
      error.value = caught instanceof TwofoldError ? caught.message : i18n.t('common.qr.failed');
      return undefined;
    } finally {
      busy.value = false;
    }
  }

  function show(state: QrScanState | null): void {
    scan.value = state;
    clearTimeout(poll);
    if (state?.status === 'selecting') poll = setTimeout(() => void refresh(), SELECTING_POLL_MS);
  }

  async function refresh(): Promise<void> {
    show(await sendToWorker('qr.state'));
  }

  /** Whether a scan nobody has looked at yet waits (one started from the context menu or shortcut). */
  async function hasUnseenScan(): Promise<boolean> {
    await refresh();
    return scan.value?.unseen === true;
  }

  /** The page in front of the window this popup belongs to; the toolbar click granted activeTab for it. */
  async function scanActiveTab(): Promise<void> {
    await run(async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined) throw new TwofoldError('qr-no-tab', i18n.t('common.qr.noTab'));
      show(await sendToWorker('qr.scanTab', { tabId: tab.id }));
    });
  }

  async function scanFiles(files: File[]): Promise<void> {
    await run(async () => {
      const images = files.filter((file) => file.type === '' || file.type.startsWith('image/'));
      if (images.length === 0) throw new TwofoldError('qr-not-an-image', i18n.t('common.qr.notImage'));
      // The worker refuses more; checked here first so it fails with a sentence, not a malformed request.
      if (images.length > MAX_QR_IMAGES) throw new TwofoldError('qr-too-many', i18n.t('common.qr.tooMany', MAX_QR_IMAGES));
      const tooBig = images.find((file) => file.size > MAX_QR_IMAGE_BYTES);
      if (tooBig) throw new TwofoldError('qr-too-big', i18n.t('common.qr.tooBig', { name: tooBig.name }));
      const uploads: QrImageUpload[] = await Promise.all(
        images.map(async (file) => ({ name: file.name, base64: bytesToBase64(new Uint8Array(await file.arrayBuffer())) })),
      );
      show(await sendToWorker('qr.scanImages', { images: uploads }));
    });
  }

  async function confirm(pendingId: string, issuer: string, label: string): Promise<AccountView | undefined> {
    return run(async () => {
      const added = await sendToWorker('qr.confirm', { pendingId, issuer, label });
      notice.value = i18n.t('common.qr.added', { name: accountName(added) });
      await afterSaving();
      return added;
    });
  }

  async function importMigration(pendingIds: string[]): Promise<QrMigrationImportResult | undefined> {
    return run(async () => {
      const result = await sendToWorker('qr.importMigration', { pendingIds });
      const count = result.added.length;
      notice.value = [i18n.t('common.qr.imported', count), ...result.failed.map(({ message }) => message)].join(' ');
      await afterSaving();
      return result;
    });
  }

  async function discard(): Promise<void> {
    await run(async () => {
      await sendToWorker('qr.discard');
      show(null);
    });
  }

  async function afterSaving(): Promise<void> {
    await Promise.all([refresh(), useAccountsStore().load()]);
    const waiting = scan.value?.findings.some((finding) => finding.kind === 'account') || scan.value?.migrations.some((batch) => batch.accounts.length > 0);
    if (!waiting) finished.value++;
  }

  /** Stops asking the worker (the view showing the scan went away). */
  function stopPolling(): void {
    clearTimeout(poll);
  }

  return { scan, busy, error, notice, finished, refresh, hasUnseenScan, scanActiveTab, scanFiles, confirm, importMigration, discard, stopPolling };
});
