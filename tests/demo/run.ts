/**
 * `npm run demo`: builds Twofold, starts the demo site on 127.0.0.1 and opens
 * Chromium with the extension loaded (headed where a display exists), so a
 * newcomer can try every flow in a minute. Ctrl+C to stop.
 */
import { chromium } from 'playwright-core';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM_PATH, EXTENSION_DIR } from '../e2e/harness/paths';
import { startDemoSite } from './site';

const site = await startDemoSite(Number(process.env.DEMO_PORT ?? 8765));
const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const profile = await mkdtemp(path.join(os.tmpdir(), 'twofold-demo-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM_PATH,
  headless,
  args: [
    ...(headless ? ['--headless=new'] : []),
    '--no-sandbox',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--disable-extensions-except=${EXTENSION_DIR}`,
    `--load-extension=${EXTENSION_DIR}`,
  ],
});
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(site.url('/'));
console.log(`Demo site: ${site.url('/')}`);
console.log(headless ? 'No display found: Chromium runs headless (set DISPLAY to see it).' : 'Chromium is open with Twofold loaded.');
console.log('Press Ctrl+C to stop.');
const stop = async () => {
  await context.close().catch(() => undefined);
  await site.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
context.on('close', stop);
