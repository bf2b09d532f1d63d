/**
 * The export card's state. The worker builds the export after checking the
 * password; a file is saved at once and only its name is kept; transfer QR
 * links (which carry secrets) are kept only while shown.
 */
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { downloadFile } from '@/entrypoints/options/components/download-file';
import { TwofoldError } from '@/utils/errors';
import type { ExportOmission, ExportRequest } from '@/utils/import-export';
import { sendToWorker } from '@/utils/messaging';
import { i18n } from '#i18n';

export const useExportStore = defineStore('export', () => {
  const busy = ref(false);
  const error = ref('');
  const saved = ref<{ fileName: string; count: number } | null>(null);
  const qr = ref<{ links: string[]; omitted: ExportOmission[]; count: number } | null>(null);

  /** Resolves true when the export was made. */
  async function run(request: ExportRequest): Promise<boolean> {
    reset();
    busy.value = true;
    try {
      const result = await sendToWorker('export.create', request);
      if (result.kind === 'file') {
        downloadFile(result.fileName, result.text, result.mimeType);
        saved.value = { fileName: result.fileName, count: result.count };
      } else {
        qr.value = { links: result.links, omitted: result.omitted, count: result.count };
      }
      return true;
    } catch (caught) {
      error.value = caught instanceof TwofoldError ? caught.message : i18n.t('options.export.failed');
      return false;
    } finally {
      busy.value = false;
    }
  }

  function reset(): void {
    error.value = '';
    saved.value = qr.value = null;
  }

  return { busy, error, saved, qr, run, reset };
});
