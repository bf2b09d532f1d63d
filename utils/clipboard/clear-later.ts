/**
 * Clears the clipboard a while after Twofold copied a code into it, but only if
 * it still holds that code: whatever the user copied since is theirs to keep.
 * The latest copy wins, so copying the same code again restarts the wait.
 */
export const CLEAR_CLIPBOARD_AFTER_MS = 30_000;

export interface TextClipboard {
  read(): Promise<string>;
  write(text: string): Promise<void>;
}

export interface ClipboardClearer {
  schedule(text: string): void;
}

export function createClipboardClearer(
  clipboard: TextClipboard,
  { delayMs = CLEAR_CLIPBOARD_AFTER_MS, onIdle }: { delayMs?: number; onIdle?: () => void } = {},
): ClipboardClearer {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    schedule(text) {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        timer = undefined;
        try {
          if ((await clipboard.read()) === text) await clipboard.write('');
        } catch {
          // The clipboard could not be read or written: leave it as it is rather than guess.
        } finally {
          if (timer === undefined) onIdle?.();
        }
      }, delayMs);
    },
  };
}
