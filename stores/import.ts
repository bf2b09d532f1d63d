/**
 * The import card's state: the file goes to the worker (bytes as base64), the
 * preview comes back as secret-free views, and the user's choice goes back as
 * entry indexes. The page never sees a secret; only the chosen file's bytes,
 * kept until the worker has read them (a password may be asked first).
 */
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { readFileBytes } from '@/entrypoints/options/components/read-file';
import { isErrorCode, TwofoldError } from '@/utils/errors';
import type { ImportCommitResult, ImportPreview } from '@/utils/import-export';
import { MAX_IMPORT_BYTES } from '@/utils/importers';
import { ImportError } from '@/utils/importers/errors';
import { sendToWorker } from '@/utils/messaging';
import { bytesToBase64, utf8Encode } from '@/utils/vault/bytes';
import { i18n } from '#i18n';

export type ImportStep = 'choose' | 'reading' | 'checking' | 'password' | 'preview' | 'importing' | 'done';

export const useImportStore = defineStore('import', () => {
  const step = ref<ImportStep>('choose');
  /** 0…1 while a file is read; null while the worker works (no measurable progress). */
  const progress = ref<number | null>(null);
  const error = ref('');
  const passwordPrompt = ref('');
  const preview = ref<ImportPreview | null>(null);
  const chosen = ref(new Set<number>());
  const result = ref<ImportCommitResult | null>(null);
  let pendingFile: { fileName: string; data: string } | null = null;

  const selectable = computed(() => preview.value?.entries.filter((entry) => entry.status === 'new') ?? []);

  async function importFile(file: File): Promise<void> {
    reset();
    // Checked before reading: a huge file is refused without touching its bytes.
    if (file.size > MAX_IMPORT_BYTES) return fail(new ImportError('too-large'));
    step.value = 'reading';
    progress.value = 0;
    try {
      const bytes = await readFileBytes(file, (ratio) => (progress.value = ratio));
      await check({ fileName: file.name, data: bytesToBase64(bytes) });
    } catch (caught) {
      fail(caught);
    }
  }

  async function importText(text: string): Promise<void> {
    reset();
    const bytes = utf8Encode(text);
    if (bytes.length > MAX_IMPORT_BYTES) return fail(new ImportError('too-large'));
    await check({ fileName: '', data: bytesToBase64(bytes) });
  }

  async function submitPassword(password: string): Promise<void> {
    if (pendingFile) await check(pendingFile, password);
  }

  async function check(file: { fileName: string; data: string }, password?: string): Promise<void> {
    pendingFile = file;
    step.value = 'checking';
    progress.value = null;
    error.value = '';
    try {
      preview.value = await sendToWorker('import.preview', password === undefined ? file : { ...file, password });
      pendingFile = null;
      chosen.value = new Set(selectable.value.map((entry) => entry.index));
      step.value = 'preview';
    } catch (caught) {
      if (isErrorCode(caught, 'needs-password') || isErrorCode(caught, 'wrong-password')) {
        step.value = 'password';
        passwordPrompt.value = caught.code === 'needs-password' ? caught.message : passwordPrompt.value;
        error.value = caught.code === 'wrong-password' ? caught.message : '';
        return;
      }
      fail(caught);
    }
  }

  function toggle(index: number): void {
    const next = new Set(chosen.value);
    if (!next.delete(index)) next.add(index);
    chosen.value = next;
  }

  function chooseAll(all: boolean): void {
    chosen.value = new Set(all ? selectable.value.map((entry) => entry.index) : []);
  }

  async function confirm(): Promise<void> {
    if (!preview.value || chosen.value.size === 0) return;
    step.value = 'importing';
    error.value = '';
    try {
      result.value = await sendToWorker('import.commit', { previewId: preview.value.previewId, indexes: [...chosen.value] });
      preview.value = null;
      step.value = 'done';
    } catch (caught) {
      // An expired preview cannot be committed again: start over. Anything else: the preview stays.
      if (isErrorCode(caught, 'preview-expired')) return fail(caught);
      error.value = messageOf(caught);
      step.value = 'preview';
    }
  }

  function cancel(): void {
    if (preview.value) void sendToWorker('import.cancel', { previewId: preview.value.previewId }).catch(() => undefined);
    reset();
  }

  function fail(caught: unknown): void {
    reset();
    error.value = messageOf(caught);
  }

  function reset(): void {
    step.value = 'choose';
    progress.value = null;
    error.value = passwordPrompt.value = '';
    preview.value = result.value = pendingFile = null;
    chosen.value = new Set();
  }

  return { step, progress, error, passwordPrompt, preview, chosen, result, selectable, importFile, importText, submitPassword, toggle, chooseAll, confirm, cancel, reset };
});

function messageOf(caught: unknown): string {
  return caught instanceof TwofoldError ? caught.message : i18n.t('options.import.failed');
}
