/**
 * Start Debian's Firefox ESR headless in a fresh profile, install the built Firefox add-on as a
 * temporary add-on over WebDriver BiDi, and hand the test its moz-extension:// origin.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { OUT_DIR } from './paths';
import { BidiClient, BidiTab } from './firefox-bidi';
import { withTimeout } from './timeout';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = path.join(OUT_DIR, 'firefox-mv3');
export const GECKO_ID = 'twofold@twofold.app';

/** Fail loudly, never skip: a Firefox smoke test without Firefox or the build proves nothing. */
export function checkFirefoxPrerequisites(): void {
  if (!existsSync(FIREFOX_PATH)) {
    throw new Error(
      `Firefox ESR was not found at ${FIREFOX_PATH}. The Firefox smoke test needs Debian's Firefox ESR:\n` +
        '  sudo apt-get update && sudo apt-get install -y firefox-esr',
    );
  }
  if (!existsSync(path.join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(
      `No Firefox build in ${FIREFOX_EXTENSION_DIR}. Run \`npm run test:e2e\` (it builds first) or \`npm run build:firefox\`.`,
    );
  }
}

export interface FirefoxSession {
  client: BidiClient;
  /** The moz-extension:// UUID, fixed through `extensions.webextensions.uuids`. */
  uuid: string;
  extensionUrl(page: string): string;
  newTab(url?: string): Promise<BidiTab>;
  /** Whether the add-on's background event page is loaded (what about:debugging shows). */
  backgroundRunning(): Promise<boolean>;
  /**
   * Unloads the background event page, as Firefox does after it idles for 30 s
   * (about:debugging's "Terminate Background Script").
   */
  terminateBackground(): Promise<void>;
  close(): Promise<void>;
}

/** Lines for user.js: preferences are JSON values, which is also their JS syntax. */
function userJs(prefs: Record<string, string | number | boolean>): string {
  return Object.entries(prefs)
    .map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`)
    .join('\n');
}

function waitForBidiEndpoint(firefox: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        firefox.stderr?.off('data', onData);
        // Keep draining, so a chatty Firefox never blocks on a full pipe.
        firefox.stderr?.resume();
        resolve(match[1]);
      }
    };
    firefox.stderr?.on('data', onData);
    firefox.stdout?.resume();
    firefox.once('error', reject);
    firefox.once('exit', (code, signal) =>
      reject(new Error(`Firefox exited (code ${code}, signal ${signal}) before BiDi was listening. Output:\n${output.slice(-4000)}`)),
    );
  });
}

export async function launchFirefoxWithExtension(): Promise<FirefoxSession> {
  checkFirefoxPrerequisites();
  const uuid = crypto.randomUUID();
  const profileDir = await mkdtemp(path.join(os.tmpdir(), 'twofold-firefox-'));
  await writeFile(
    path.join(profileDir, 'user.js'),
    userJs({
      // The add-on's internal UUID, so the test knows its moz-extension:// origin.
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      // Nothing reaches the network: no first-run pages, updates, telemetry or remote settings.
      'browser.shell.checkDefaultBrowser': false,
      'browser.startup.page': 0,
      'browser.startup.homepage_override.mstone': 'ignore',
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.reportingpolicy.firstRun': false,
      'app.update.disabledForTesting': true,
      'extensions.update.enabled': false,
      'extensions.getAddons.cache.enabled': false,
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
      'app.normandy.enabled': false,
      'messaging-system.rsexperimentloader.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'browser.safebrowsing.downloads.enabled': false,
      'browser.region.network.url': '',
    }),
  );

  // --remote-allow-system-access (seen in 153 ESR): without it BiDi refuses to navigate to moz-extension://
  // pages, and it lets debugUtils() below reach the add-on manager's view of the background page.
  const args = ['--headless', '--no-remote', '--remote-debugging-port=0', '--remote-allow-system-access', '--profile', profileDir];
  const firefox = spawn(FIREFOX_PATH, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1', MOZ_HEADLESS: '1' },
  });
  const exited = new Promise<void>((resolve) => firefox.once('exit', () => resolve()));

  let client: BidiClient | undefined;
  const close = async () => {
    if (client) {
      await client.send('browser.close', {}, 5_000).catch(() => undefined);
      client.close();
    }
    if (firefox.exitCode === null && firefox.signalCode === null) {
      await withTimeout(exited, 10_000, 'Firefox to exit').catch(() => {
        firefox.kill('SIGKILL');
        return exited;
      });
    }
    await rm(profileDir, { recursive: true, force: true });
  };

  try {
    const endpoint = await withTimeout(waitForBidiEndpoint(firefox), 30_000, `${FIREFOX_PATH} to print its BiDi endpoint`);
    client = await BidiClient.connect(endpoint);
    const { extension } = await client.send('webExtension.install', { extensionData: { type: 'path', path: FIREFOX_EXTENSION_DIR } });
    if (extension !== GECKO_ID) throw new Error(`Installed add-on has id ${extension}, expected ${GECKO_ID}`);
  } catch (error) {
    await close();
    throw error;
  }
  const connected = client;

  /**
   * Calls a method of ExtensionParent.DebugUtils (what about:debugging uses) for our add-on, in the
   * browser window's privileged scope (BiDi "moz:scope": "chrome", allowed by --remote-allow-system-access).
   */
  async function debugUtils(method: 'isBackgroundScriptRunning' | 'terminateBackgroundScript'): Promise<unknown> {
    const { contexts } = await connected.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
    const window = contexts[0];
    if (!window) throw new Error('Firefox has no browser window');
    const source = `async (method, id) => {
      const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
      return ExtensionParent.DebugUtils[method](id);
    }`;
    return new BidiTab(connected, window.context).evaluateSource(source, method, GECKO_ID);
  }
  const extensionUrl = (page: string) => `moz-extension://${uuid}/${page}`;

  return {
    client: connected,
    uuid,
    extensionUrl,
    async newTab(url) {
      const { context } = await connected.send('browsingContext.create', { type: 'tab' });
      const tab = new BidiTab(connected, context);
      if (url) await tab.goto(url);
      return tab;
    },
    backgroundRunning: async () => (await debugUtils('isBackgroundScriptRunning')) === true,
    async terminateBackground() {
      await debugUtils('terminateBackgroundScript');
    },
    close,
  };
}
