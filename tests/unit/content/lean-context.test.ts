// @vitest-environment happy-dom
/** The content script's stand-in for WXT's context: cleanup once the extension is reloaded or removed under the page. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from '@/entrypoints/content/lean-wxt/content-script-context';

describe('the lean content-script context', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it('runs listeners and timers while the extension is there, and none of them once it is gone', async () => {
    const ctx = new ContentScriptContext();
    const clicks = vi.fn();
    const ticks = vi.fn();
    const invalidated = vi.fn();
    ctx.addEventListener(document, 'click', clicks);
    ctx.setInterval(ticks, 100);
    ctx.onInvalidated(invalidated);
    document.body.click();
    await vi.advanceTimersByTimeAsync(100);
    expect([clicks.mock.calls.length, ticks.mock.calls.length, ctx.isInvalid]).toEqual([1, 1, false]);

    (fakeBrowser.runtime as { id?: string }).id = undefined;
    await vi.advanceTimersByTimeAsync(100);
    document.body.click();
    await vi.advanceTimersByTimeAsync(1_000);
    expect([clicks.mock.calls.length, ticks.mock.calls.length, ctx.isInvalid, invalidated.mock.calls.length]).toEqual([1, 1, true, 1]);
  });
});
