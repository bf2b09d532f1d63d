import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from './harness/extension';
import { startServer, type TestServer } from './harness/server';
import { contentWorld } from './harness/content-world';

describe('the built extension in Chromium', () => {
  let session: ExtensionSession;
  let server: TestServer;

  beforeAll(async () => {
    server = await startServer();
    session = await launchExtension();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('loads as an MV3 extension with a service worker', async () => {
    expect(session.extensionId).toMatch(/^[a-p]{32}$/);
    const manifest = await session.evaluateInWorker(() => chrome.runtime.getManifest());
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.name).toBe('Twofold');
  });

  it('renders the popup', async () => {
    const popup = await session.openExtensionPage('popup.html');
    await expect.poll(() => popup.getByTestId('app-title').textContent()).toBe('Twofold');
    await popup.close();
  });

  it('answers ping through the typed protocol from an extension page', async () => {
    const popup = await session.openExtensionPage('popup.html');
    const reply = await popup.evaluate(() => chrome.runtime.sendMessage({ twofold: 1, type: 'ping' }));
    expect(reply).toEqual({ ok: true, value: { pong: true, version: '0.1.0' } });
    const unknown = await popup.evaluate(() => chrome.runtime.sendMessage({ twofold: 1, type: 'no-such-message' }));
    expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown-message' } });
    const malformed = await popup.evaluate(() => chrome.runtime.sendMessage({ twofold: 1, type: 'ping', payload: { x: 1 } }));
    expect(malformed).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    await popup.close();
  });

  it('runs the content script on a served page, and it reaches the worker', async () => {
    const page = await session.context.newPage();
    await page.goto(server.url('/basic/hello.html'));
    const world = await contentWorld(page, session.extensionId);
    const reply = await world.evaluate<unknown>(`chrome.runtime.sendMessage({ twofold: 1, type: 'ping' })`);
    expect(reply).toEqual({ ok: true, value: { pong: true, version: '0.1.0' } });
    // The page's own world has no extension API at all.
    expect(await page.evaluate(() => typeof (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage)).toBe('undefined');
    await world.detach();
    await page.close();
  });

  it('keeps answering after the worker is stopped and woken', async () => {
    await session.stopWorker();
    const popup = await session.openExtensionPage('popup.html');
    const reply = await popup.evaluate(() => chrome.runtime.sendMessage({ twofold: 1, type: 'ping' }));
    expect(reply).toMatchObject({ ok: true });
    expect(await session.evaluateInWorker(() => 1 + 1)).toBe(2);
    await popup.close();
  });
});
