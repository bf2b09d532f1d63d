/**
 * Launch Debian's Chromium with the built extension in a fresh profile and hand
 * the tests what they need: the extension id, its pages, its service worker.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { CHROMIUM_PATH, EXTENSION_DIR } from './paths';
import { withTimeout, waitFor } from './timeout';

export interface LaunchOptions {
  /** Reuse a profile (e.g. to reopen the browser on the same data). */
  profileDir?: string;
  deviceScaleFactor?: number;
  viewport?: { width: number; height: number };
  /**
   * The browser's UI language (e.g. 'de'), which chrome.i18n and so Twofold follow. Chromium on
   * Linux takes it from `--lang` and the LANGUAGE/LANG environment; languages other than en-US
   * need Debian's chromium-l10n package (/usr/lib/chromium/locales/<lang>.pak).
   */
  locale?: string;
}

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  profileDir: string;
  extensionUrl(page: string): string;
  /** Open an extension page (popup.html, options.html) in a tab. */
  openExtensionPage(page: 'popup.html' | 'options.html', query?: string): Promise<Page>;
  /** The live service worker (woken and looked up again if it was stopped). */
  worker(): Promise<Worker>;
  /** Evaluate in the worker, bounded in time. */
  evaluateInWorker<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Stop every service worker through CDP, as Chrome does when it idles one out. */
  stopWorker(): Promise<void>;
  /** Close the browser; the profile stays unless `removeProfile`. */
  close(options?: { removeProfile?: boolean }): Promise<void>;
}

export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionSession> {
  const profileDir = options.profileDir ?? (await mkdtemp(path.join(os.tmpdir(), 'twofold-e2e-')));
  // Lets chrome.runtime.reload() work for a command-line-loaded extension (toolchain gotcha 3).
  await mkdir(path.join(profileDir, 'Default'), { recursive: true });
  await writeFile(
    path.join(profileDir, 'Default', 'Preferences'),
    JSON.stringify({ extensions: { ui: { developer_mode: true } } }),
  ).catch(() => undefined);

  const { locale } = options;
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    ...(locale
      ? { locale, env: { ...process.env, LANGUAGE: locale, LANG: `${locale.replace('-', '_')}.UTF-8`, LC_ALL: `${locale.replace('-', '_')}.UTF-8` } }
      : {}),
    headless: true,
    viewport: options.viewport ?? { width: 1280, height: 800 },
    deviceScaleFactor: options.deviceScaleFactor,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Every host name resolves to this machine: tests use look-alike and sibling
      // domains, and nothing may reach the network.
      '--host-resolver-rules=MAP * 127.0.0.1',
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      ...(locale ? [`--lang=${locale}`] : []),
    ],
  });

  const isOurWorker = (worker: Worker) => worker.url().startsWith('chrome-extension://') && worker.url().endsWith('/background.js');
  const firstWorker =
    context.serviceWorkers().find(isOurWorker) ??
    (await context.waitForEvent('serviceworker', { predicate: isOurWorker, timeout: 15_000 }));
  const extensionId = new URL(firstWorker.url()).host;
  const extensionUrl = (page: string) => `chrome-extension://${extensionId}/${page}`;

  async function openExtensionPage(page: 'popup.html' | 'options.html', query = ''): Promise<Page> {
    const tab = await context.newPage();
    await tab.goto(extensionUrl(page) + query);
    return tab;
  }

  async function liveWorker(): Promise<Worker> {
    return waitFor(async () => {
      for (const worker of context.serviceWorkers().filter(isOurWorker).reverse()) {
        const alive = await withTimeout(worker.evaluate(() => true), 1_000, 'worker liveness').catch(() => false);
        if (alive) return worker;
      }
      // Wake it the way the product does: a message from an extension page.
      const waker = await context.newPage();
      try {
        await waker.goto(extensionUrl('popup.html'));
        await withTimeout(
          waker.evaluate(() => chrome.runtime.sendMessage({ twofold: 1, type: 'ping' })),
          3_000,
          'waking the worker',
        ).catch(() => undefined);
      } finally {
        await waker.close();
      }
      return null;
    }, 'a live service worker', 20_000);
  }

  return {
    context,
    extensionId,
    profileDir,
    extensionUrl,
    openExtensionPage,
    worker: liveWorker,
    async evaluateInWorker(fn, arg) {
      const worker = await liveWorker();
      return withTimeout(worker.evaluate(fn as never, arg), 10_000, 'worker evaluate') as never;
    },
    async stopWorker() {
      const page = context.pages()[0] ?? (await context.newPage());
      const cdp = await context.newCDPSession(page);
      try {
        await cdp.send('ServiceWorker.enable');
        await cdp.send('ServiceWorker.stopAllWorkers');
      } finally {
        await cdp.detach().catch(() => undefined);
      }
    },
    async close({ removeProfile = !options.profileDir } = {}) {
      await context.close();
      if (removeProfile) await rm(profileDir, { recursive: true, force: true });
    },
  };
}
