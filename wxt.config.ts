import { fileURLToPath } from 'node:url';
import { defineConfig, type WxtViteConfig } from 'wxt';

// A plugin for the Vite that WXT builds with (not necessarily the project's own).
type VitePlugin = NonNullable<WxtViteConfig['plugins']>[number];

/**
 * The content script runs on every page, and most pages need nothing from Twofold. WXT's
 * startup for it costs 3–4 ms a page: its `browser` module and its context touch the
 * extension API as they load (building the API's bindings, about a millisecond), and the
 * context announces itself to older copies of the script. So that one script is built with
 * lazy stand-ins for both (entrypoints/content/lean-wxt/) and a plain entry that calls
 * `main` with the stand-in context. (WXT's entry would also start WXT plugins and log a
 * crash in development; no module here adds a plugin.)
 */
function leanContentScript(): VitePlugin {
  const standIns: Record<string, string> = {
    'wxt/browser': fileURLToPath(new URL('entrypoints/content/lean-wxt/browser.ts', import.meta.url)),
    'wxt/utils/content-script-context': fileURLToPath(new URL('entrypoints/content/lean-wxt/content-script-context.ts', import.meta.url)),
  };
  const wxtEntry = '\0virtual:wxt-content-script-isolated-world-entrypoint?';
  // Its second part (below) is an unlisted script: its value is what `main` returns.
  const partEntry = '\0virtual:wxt-unlisted-script-entrypoint?';
  return {
    name: 'twofold:lean-content-script',
    enforce: 'pre',
    resolveId: (id: string) => standIns[id],
    load: (id: string) =>
      id.startsWith(wxtEntry)
        ? [
            `import definition from ${JSON.stringify(id.slice(wxtEntry.length))};`,
            "import { ContentScriptContext } from 'wxt/utils/content-script-context';",
            'export default definition.main(new ContentScriptContext());',
          ].join('\n')
        : id.startsWith(partEntry)
          ? `import definition from ${JSON.stringify(id.slice(partEntry.length))};\nexport default definition.main();`
          : undefined,
  };
}

/**
 * The content script's second part (entrypoints/content-fields.ts; why it is apart:
 * entrypoints/content/load-fields-part.ts) is imported by the content script with
 * `import()`. WXT builds it as a minified IIFE whose value (what its `main` returns)
 * lands in one variable, named again on the last line; exporting that variable
 * makes the file an ES module with the part as its default export.
 */
const FIELDS_PART = 'content-fields';
function contentFieldsModule(): VitePlugin {
  return {
    name: 'twofold:content-fields-module',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk' || !chunk.isEntry) continue;
          const name = /^var (\w+)\s*=/.exec(chunk.code)?.[1];
          if (!name || !chunk.code.endsWith(`${name};`)) throw new Error(`${FIELDS_PART}: not the IIFE WXT builds`);
          chunk.code = `${chunk.code.slice(0, -name.length - 1)}export default ${name};`;
        }
      },
    },
  };
}

// Explicit imports everywhere (no auto-imports): a reader sees where every name,
// and every secret, comes from.
export default defineConfig({
  // Parallel work on one machine builds into separate folders (the e2e harness reads the same variable).
  outDir: process.env.TWOFOLD_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/module-vue', '@wxt-dev/i18n/module'],
  // Every string a user reads lives in one catalog per language, beside the code that uses them.
  i18n: { localesDir: fileURLToPath(new URL('utils/i18n/locales', import.meta.url)) },
  // Firefox too: WXT would otherwise build MV2 for it.
  manifestVersion: 3,
  imports: false,
  manifest: ({ browser }) => ({
    default_locale: 'en',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    // clipboardRead: a copied code is cleared after 30 s only if the clipboard still holds it,
    // which needs a read. offscreen (Chrome): the worker has no DOM to read or clear it with.
    permissions: [
      'storage', 'alarms', 'activeTab', 'scripting', 'contextMenus', 'idle', 'clipboardWrite', 'clipboardRead',
      ...(browser === 'firefox' ? [] : ['offscreen']),
    ],
    // "Scan QR code on this page" from the keyboard: a gesture that grants activeTab for the capture.
    commands: {
      'scan-qr': { suggested_key: { default: 'Alt+Shift+Q' }, description: '__MSG_commandScanQr__' },
      // Fill the focused code field: O for one-time code; neither Chrome nor Firefox uses Alt+Shift+O.
      'fill-code': { suggested_key: { default: 'Alt+Shift+O' }, description: '__MSG_commandFillCode__' },
    },
    // The content script's second part, imported only by the content script (entrypoints/content/load-fields-part.ts),
    // under a per-session random id, so pages cannot probe for Twofold. Firefox's content script is one file.
    ...(browser === 'firefox'
      ? {}
      : { web_accessible_resources: [{ resources: [`${FIELDS_PART}.js`], matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true }] }),
    content_security_policy: {
      extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'",
    },
    // addons.mozilla.org requires the data-consent key (Firefox 140+, Android 142+): Twofold collects nothing.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'twofold@twofold.app', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  // `npm run zip`: store archives, and for Firefox the sources its reviewers rebuild from: the
  // repository as committed, without builds, installs or local results. WXT would also drop the
  // tests and the entrypoints Firefox skips (Chrome's offscreen page); they stay, so the tree is whole.
  // tests/release/check-archives.ts checks the contents.
  hooks: {
    'vite:build:extendConfig'(entrypoints, viteConfig) {
      const names = entrypoints.map(({ name }) => name);
      if (names.includes(FIELDS_PART)) viteConfig.plugins = [...(viteConfig.plugins ?? []), leanContentScript(), contentFieldsModule()];
      if (names.includes('content')) viteConfig.plugins = [...(viteConfig.plugins ?? []), leanContentScript()];
    },
  },
  zip: {
    includeSources: ['tests/**/*.test.ts', 'entrypoints/offscreen/**'],
    excludeSources: ['.output*/**', 'tests/.artifacts/**', 'tests/bench/results/latest.json'],
  },
});
