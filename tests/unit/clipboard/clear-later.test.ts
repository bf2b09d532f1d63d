import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CLEAR_CLIPBOARD_AFTER_MS, createClipboardClearer, type TextClipboard } from '@/utils/clipboard/clear-later';

function fakeClipboard(initial = ''): TextClipboard & { text: string } {
  return {
    text: initial,
    async read() {
      return this.text;
    },
    async write(text) {
      this.text = text;
    },
  };
}

describe('clearing a copied code later', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('clears the clipboard after 30 s when it still holds the code, then reports it is idle', async () => {
    const clipboard = fakeClipboard('123456');
    const onIdle = vi.fn();
    createClipboardClearer(clipboard, { onIdle }).schedule('123456');
    await vi.advanceTimersByTimeAsync(CLEAR_CLIPBOARD_AFTER_MS - 1);
    expect(clipboard.text).toBe('123456');
    await vi.advanceTimersByTimeAsync(1);
    expect(clipboard.text).toBe('');
    expect(onIdle).toHaveBeenCalledOnce();
  });

  it('leaves whatever the user copied since', async () => {
    const clipboard = fakeClipboard('123456');
    createClipboardClearer(clipboard).schedule('123456');
    clipboard.text = 'my own text';
    await vi.advanceTimersByTimeAsync(CLEAR_CLIPBOARD_AFTER_MS);
    expect(clipboard.text).toBe('my own text');
  });

  it('restarts the wait when a code is copied again', async () => {
    const clipboard = fakeClipboard('111111');
    const onIdle = vi.fn();
    const clearer = createClipboardClearer(clipboard, { onIdle });
    clearer.schedule('111111');
    await vi.advanceTimersByTimeAsync(20_000);
    clipboard.text = '222222';
    clearer.schedule('222222');
    await vi.advanceTimersByTimeAsync(CLEAR_CLIPBOARD_AFTER_MS - 1);
    expect(clipboard.text).toBe('222222');
    expect(onIdle).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(clipboard.text).toBe('');
    expect(onIdle).toHaveBeenCalledOnce();
  });

  it('still reports idle when the clipboard cannot be read', async () => {
    const onIdle = vi.fn();
    const broken: TextClipboard = { read: () => Promise.reject(new Error('denied')), write: vi.fn() };
    createClipboardClearer(broken, { onIdle }).schedule('123456');
    await vi.advanceTimersByTimeAsync(CLEAR_CLIPBOARD_AFTER_MS);
    expect(onIdle).toHaveBeenCalledOnce();
    expect(broken.write).not.toHaveBeenCalled();
  });
});
