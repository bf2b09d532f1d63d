/**
 * Copying a code: on a click or Enter only, with a short confirmation. The
 * worker clears the clipboard 30 s later if it still holds the code (the popup
 * may be closed by then).
 */
import { onUnmounted, ref } from 'vue';
import { sendToWorker } from '@/utils/messaging';
import { i18n } from '#i18n';

const CONFIRMATION_MS = 1_500;

export function useCopyCode() {
  /** What the confirmation says, or '' when it is hidden. */
  const copied = ref('');
  const failed = ref('');
  let hideTimer: ReturnType<typeof setTimeout> | undefined;

  async function copy(code: string, name: string): Promise<void> {
    failed.value = '';
    try {
      await navigator.clipboard.writeText(code);
    } catch {
      failed.value = i18n.t('popup.copy.failed');
      return;
    }
    copied.value = i18n.t('popup.copy.copied', { name });
    clearTimeout(hideTimer);
    hideTimer = setTimeout(() => (copied.value = ''), CONFIRMATION_MS);
    const scheduled = await sendToWorker('clipboard.clearLater', { text: code }).then(
      () => true,
      () => false,
    );
    if (scheduled) return;
    // Never promise a clearing that will not happen.
    clearTimeout(hideTimer);
    copied.value = '';
    failed.value = i18n.t('popup.copy.notCleared', { name });
  }

  onUnmounted(() => clearTimeout(hideTimer));
  return { copied, failed, copy };
}
