/**
 * Backup codes as the popup and the options page see them: how many each account
 * has left (never the codes), and the actions that change that. The codes pass
 * through here only on their way from the user (paste, file, page) to the worker.
 */
import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import type { BackupCodeSource, BackupCodeSummary } from '@/utils/backup-codes/model';
import type { PageFillContext } from '@/utils/fill-types';
import { sendToWorker } from '@/utils/messaging';

export const useBackupCodesStore = defineStore('backupCodes', () => {
  /** By account id: one current set per account. */
  const summaries = shallowRef(new Map<string, BackupCodeSummary>());
  const loaded = ref(false);

  function remember(summary: BackupCodeSummary): void {
    summaries.value = new Map(summaries.value).set(summary.accountId, summary);
  }

  async function load(): Promise<void> {
    summaries.value = new Map((await sendToWorker('backupCodes.list')).map((summary) => [summary.accountId, summary]));
    loaded.value = true;
  }

  /** Saves the account's set, replacing the one it had. */
  async function save(accountId: string, codes: string[], source: BackupCodeSource): Promise<BackupCodeSummary> {
    const summary = await sendToWorker('backupCodes.save', { accountId, codes, source });
    remember(summary);
    return summary;
  }

  /** The worker takes the next unused code, marks it used and sends it straight into the page's field. */
  async function fill(page: PageFillContext, accountId: string): Promise<void> {
    try {
      await sendToWorker('fill.onPage', { tabId: page.tabId, frameId: page.frameId, accountId, confirmFrame: page.inFrame, kind: 'backup' });
    } finally {
      // A refused delivery may still have used a code up: count again either way.
      await load();
    }
  }

  /** The code filled last did not work: it goes back to the unused ones. */
  async function markUnused(accountId: string): Promise<void> {
    remember(await sendToWorker('backupCodes.markUnused', { accountId }));
  }

  return { summaries, loaded, load, save, fill, markUnused };
});
