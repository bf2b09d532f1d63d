/**
 * The content script comes in two parts (entrypoints/content/load-fields-part.ts):
 * a small one on every page, and the detector, a web-accessible module loaded only
 * where a field could be. These tests hold the second part to what its
 * web-accessible entry promises: loaded only when needed, not blocked by a page's
 * CSP, and not reachable by a page that probes for Twofold under its fixed id.
 */
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from './harness/extension';
import { startServer, type TestServer } from './harness/server';
import { contentWorld } from './harness/content-world';
import { waitFor } from './harness/timeout';

const PART = '/content-fields.js';
const CODE_FIELD = '<label for="otp">Authentication code</label><input id="otp" autocomplete="one-time-code" maxlength="6">';

/**
 * The extension scripts parsed in `page` (both parts run in the content script's isolated
 * world), in order, and the extension files the page's loader was asked for (a request
 * starts as the import does, before the file arrives).
 */
async function watchScripts(page: Page): Promise<{ scripts: string[]; requested: string[]; cdp: CDPSession }> {
  const cdp = await page.context().newCDPSession(page);
  const scripts: string[] = [];
  const requested: string[] = [];
  const path = (url: string) => (url.startsWith('chrome-extension://') ? [new URL(url).pathname] : []);
  cdp.on('Debugger.scriptParsed', ({ url }: { url: string }) => scripts.push(...path(url)));
  cdp.on('Network.requestWillBeSent', ({ request }: { request: { url: string } }) => requested.push(...path(request.url)));
  await cdp.send('Debugger.enable');
  await cdp.send('Network.enable');
  return { scripts, requested, cdp };
}

describe('the content script’s second part', () => {
  let session: ExtensionSession;
  let server: TestServer;

  beforeAll(async () => {
    server = await startServer();
    session = await launchExtension();
    const page = (body: string, headers: Record<string, string> = {}) => (_request: unknown, response: import('node:http').ServerResponse) =>
      void response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers }).end(`<!doctype html><title>t</title><body>${body}`);
    server.route('/split/article.html', page('<h1>News</h1><p>Text.</p><form><input type="search" name="q"><input type="email"></form><aside><blockquote>Quote</blockquote></aside>'));
    server.route('/split/strict-csp.html', page(CODE_FIELD, { 'content-security-policy': "default-src 'none'" }));
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('is not loaded on a page without anything a code could be typed into, and is once the page adds a field', async () => {
    const page = await session.context.newPage();
    const { scripts, requested, cdp } = await watchScripts(page);
    await page.goto(server.url('/split/article.html'));
    await waitFor(() => scripts.includes('/content-scripts/content.js'), 'the content script');
    // The first part looked at the page when it ran: had it wanted the detector, its import began then.
    const world = await contentWorld(page, session.extensionId);
    await world.evaluate('new Promise((resolve) => setTimeout(resolve))');
    expect(scripts).toEqual(['/content-scripts/content.js']);
    expect(requested).toEqual([]);

    await page.evaluate((html) => document.body.insertAdjacentHTML('beforeend', html), CODE_FIELD);
    await waitFor(() => scripts.includes(PART), 'the second part, after the page added a field');
    expect(scripts).toEqual(['/content-scripts/content.js', PART]);
    expect(new Set(requested)).toEqual(new Set([PART]));
    await world.detach();
    await cdp.detach();
    await page.close();
  });

  it('loads under a page’s strict content security policy', async () => {
    const page = await session.context.newPage();
    const { scripts, cdp } = await watchScripts(page);
    await page.goto(server.url('/split/strict-csp.html'));
    await waitFor(() => scripts.includes(PART), 'the second part on a page with default-src none');
    await cdp.detach();
    await page.close();
  });

  it('cannot be fetched by a page under the extension’s fixed id, only under a per-session one', async () => {
    const page = await session.context.newPage();
    await page.goto(server.url('/split/strict-csp.html', 'probe.example'));
    const world = await contentWorld(page, session.extensionId);
    const url = await world.evaluate<string>(`chrome.runtime.getURL(${JSON.stringify(PART)})`);
    await world.detach();
    expect(new URL(url).host).not.toBe(session.extensionId);
    await page.goto(server.url('/basic/hello.html', 'probe.example'));
    const probe = (target: string) =>
      page.evaluate((href) => fetch(href).then((response) => `status ${response.status}`, () => 'refused'), target);
    expect(await probe(`chrome-extension://${session.extensionId}${PART}`)).toBe('refused');
    expect(await probe(`chrome-extension://${session.extensionId}/content-scripts/content.js`)).toBe('refused');
    await page.close();
  });
});
