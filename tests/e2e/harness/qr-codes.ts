/**
 * QR codes on served pages, and the user gesture that lets Twofold look at them.
 * The codes are encoded here (uqr) and drawn by tests/fixtures/pages/qr/enrol.html.
 */
import { encode } from 'uqr';
import type { Page } from 'playwright-core';
import type { ExtensionSession } from './extension';
import type { TestServer } from './server';
import { waitFor } from './timeout';

export interface ServedQr {
  text: string;
  /** CSS px from the page's top left. */
  x: number;
  y: number;
  /** Canvas pixels per module; `displaySize` (CSS px) scales the canvas, `blur` (CSS px) softens it. */
  moduleSize: number;
  displaySize?: number;
  blur?: number;
  inverted?: boolean;
}

/** Serves each set of codes to enrol.html?set=NAME. */
export function serveQrSets(server: TestServer, sets: Record<string, ServedQr[]>): void {
  server.route('/qr/codes.json', (request, response) => {
    const set = new URL(request.url ?? '/', 'http://127.0.0.1').searchParams.get('set') ?? '';
    const codes = (sets[set] ?? []).map(({ text, ...placement }) => ({ ...placement, modules: encode(text, { ecc: 'M', border: 4 }).data }));
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(codes));
  });
}

export async function openQrPage(session: ExtensionSession, server: TestServer, set: string, host?: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(server.url(`/qr/enrol.html?set=${set}`, host));
  await page.locator('body[data-ready="true"]').waitFor();
  return page;
}

/**
 * Brings the page to the front and clicks Twofold's toolbar button on it, as a
 * user would (CDP Extensions.triggerAction): the browser grants activeTab for
 * that tab, which is what lets the worker capture it. The real popup that opens
 * is closed again; the grant stays until the tab navigates. The test then drives
 * the popup page opened as a tab in the same window: its "active tab of the
 * current window" is the served page, as it is for the real popup.
 */
export async function clickToolbarButtonOn(session: ExtensionSession, page: Page): Promise<void> {
  await page.bringToFront();
  const browser = session.context.browser();
  if (!browser) throw new Error('No browser handle for CDP');
  const cdp = await browser.newBrowserCDPSession();
  try {
    const tabTargets = async () => (await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }, { type: 'page' }] })).targetInfos;
    const before = await tabTargets();
    const tab = before.find((target) => target.type === 'tab' && target.url === page.url());
    if (!tab) throw new Error(`No tab target for ${page.url()}`);
    await cdp.send('Extensions.triggerAction', { id: session.extensionId, targetId: tab.targetId });
    // The toolbar popup is a new page target; a popup.html opened as a tab by the test is an older one.
    const known = new Set(before.map((target) => target.targetId));
    const popup = await waitFor(
      async () => (await tabTargets()).find((target) => !known.has(target.targetId) && target.url === session.extensionUrl('popup.html')),
      'the toolbar popup',
    );
    await cdp.send('Target.closeTarget', { targetId: popup.targetId });
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
