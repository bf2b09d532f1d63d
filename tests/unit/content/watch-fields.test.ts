// @vitest-environment happy-dom
/**
 * The content script's cost on a page: no look at all where nothing could be a field,
 * one look at idle where something could, more only while nothing was found, none after.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { DetectedField } from '@/utils/detect';
import { watchForFields, type Detect } from '@/entrypoints/content/watch-fields';

const detector = { found: [] as DetectedField[], calls: 0, roots: [] as unknown[] };
/** The detector's part, as the content script loads it: asynchronously. */
const detect: Detect = async (roots) => {
  detector.calls++;
  detector.roots.push(...roots);
  return detector.found;
};

const field = (): DetectedField => {
  const input = document.createElement('input');
  document.body.append(input);
  return { kind: 'otp', inputs: [input] };
};

const withInput = (): HTMLElement => {
  const form = document.createElement('form');
  form.append(document.createElement('input'));
  return form;
};

describe('watchForFields', () => {
  let ctx: ContentScriptContext;
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'Date'] });
    document.body.replaceChildren();
    detector.found = [];
    detector.calls = 0;
    detector.roots = [];
    ctx = new ContentScriptContext('test');
  });
  afterEach(() => {
    ctx.abort();
    vi.useRealTimers();
  });

  it('looks once and reports a field found at once, then never looks again on its own', async () => {
    detector.found = [field()];
    const onFound = vi.fn();
    watchForFields(ctx, detect, onFound);
    await vi.advanceTimersByTimeAsync(0);
    expect(onFound).toHaveBeenCalledWith(detector.found);
    document.body.append(withInput());
    await vi.advanceTimersByTimeAsync(5_000);
    expect(detector.calls).toBe(1);
  });

  it('while nothing is found, looks again where the page adds inputs, at most once per pause', async () => {
    const onFound = vi.fn();
    watchForFields(ctx, detect, onFound);
    await vi.advanceTimersByTimeAsync(0);
    // An empty page: the detector is not even loaded.
    expect(detector.calls).toBe(0);
    for (let i = 0; i < 10; i++) document.body.append(withInput());
    await vi.advanceTimersByTimeAsync(0);
    expect(detector.calls).toBe(0);
    await vi.advanceTimersByTimeAsync(400);
    // Once per added part: ten forms, looked at together after the pause.
    expect(detector.calls).toBe(1);
    expect(detector.roots).toHaveLength(10);
    detector.found = [field()];
    await vi.advanceTimersByTimeAsync(400);
    expect(onFound).toHaveBeenCalledTimes(1);
    const calls = detector.calls;
    document.body.append(withInput());
    await vi.advanceTimersByTimeAsync(5_000);
    expect(detector.calls).toBe(calls);
  });

  it('looks only at what changed: the added part, or the element shown around an input', async () => {
    const hidden = document.createElement('section');
    hidden.hidden = true;
    hidden.append(withInput());
    document.body.append(hidden);
    watchForFields(ctx, detect, vi.fn());
    const added = withInput();
    document.body.append(added);
    hidden.hidden = false;
    await vi.advanceTimersByTimeAsync(400);
    expect(detector.roots.slice(1)).toHaveLength(2);
    expect(detector.roots).toEqual(expect.arrayContaining([hidden, added]));
  });

  it('looks where a code could be typed or a shadow root could hold a field, and nowhere else', async () => {
    const page = document.createElement('main');
    page.innerText = 'An article';
    const search = Object.assign(document.createElement('input'), { type: 'search' });
    const email = Object.assign(document.createElement('input'), { type: 'email' });
    const quote = document.createElement('blockquote');
    document.body.append(page, search, email, quote);
    watchForFields(ctx, detect, vi.fn());
    await vi.advanceTimersByTimeAsync(0);
    expect(detector.calls).toBe(0);

    quote.attachShadow({ mode: 'open' });
    watchForFields(ctx, detect, vi.fn());
    await vi.advanceTimersByTimeAsync(0);
    expect(detector.roots).toEqual([document]);

    quote.remove();
    document.body.append(Object.assign(document.createElement('input'), { type: 'tel' }));
    watchForFields(ctx, detect, vi.fn());
    await vi.advanceTimersByTimeAsync(0);
    expect(detector.roots).toEqual([document, document]);
  });

  it('ignores changes that cannot add a field: elements without inputs, text', async () => {
    const clock = document.createElement('span');
    document.body.append(clock);
    watchForFields(ctx, detect, vi.fn());
    for (let i = 0; i < 5; i++) {
      clock.textContent = String(i);
      document.body.append(document.createElement('div'));
      clock.className = `tick-${i}`;
      await vi.advanceTimersByTimeAsync(500);
    }
    expect(detector.calls).toBe(0);
  });

  it('finds the fields again on a fill request when the page replaced them', async () => {
    const first = field();
    detector.found = [first];
    const current = watchForFields(ctx, detect, vi.fn());
    await vi.advanceTimersByTimeAsync(0);
    expect(await current()).toEqual([first]);
    first.inputs[0]!.remove();
    const second = field();
    detector.found = [second];
    expect(await current()).toEqual([second]);
    expect(detector.calls).toBe(2);
  });

  it('stops observing when the content script is invalidated', async () => {
    watchForFields(ctx, detect, vi.fn());
    ctx.abort();
    document.body.append(withInput());
    await vi.advanceTimersByTimeAsync(1_000);
    expect(detector.calls).toBe(0);
  });
});
