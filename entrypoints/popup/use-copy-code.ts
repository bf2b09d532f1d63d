/**
 * Copying a code: on a click or Enter only, with a short confirmation. The
 * worker clears the clipboard 30 s later if it still holds the code (the popup
 * may be closed by then).
 */
import { onUnmounted, ref } from 'vue';
import { sendToWorker } from '@/utils/messaging';

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
      failed.value = 'Twofold could not copy the code. Select it and copy it by hand.';
      return;
    }
    copied.value = `Copied the code for ${name}. The clipboard is cleared in 30 s.`;
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
    failed.value = `Copied the code for ${name}, but Twofold could not arrange to clear the clipboard: clear it yourself when done.`;
  }

  onUnmounted(() => clearTimeout(hideTimer));
  return { copied, failed, copy };
}
