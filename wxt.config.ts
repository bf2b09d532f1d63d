import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';

// The content script runs on every page, and most pages need nothing from Twofold. Two WXT
// modules touch the extension API as soon as they load (its bindings: about a millisecond per
// page; WXT's context: 2–3 ms more), so that one script is built with lazy stand-ins for them.
const LEAN_CONTENT_SCRIPT_MODULES: Record<string, string> = {
  'wxt/browser': fileURLToPath(new URL('entrypoints/content/lean-wxt/browser.ts', import.meta.url)),
  'wxt/utils/content-script-context': fileURLToPath(new URL('entrypoints/content/lean-wxt/content-script-context.ts', import.meta.url)),
};

// Explicit imports everywhere (no auto-imports): a reader sees where every name,
// and every secret, comes from.
export default defineConfig({
  // Parallel work on one machine builds into separate folders (the e2e harness reads the same variable).
  outDir: process.env.TWOFOLD_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/module-vue'],
  // Firefox too: WXT would otherwise build MV2 for it.
  manifestVersion: 3,
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Twofold',
    description: 'Two-factor codes in your browser, encrypted on your device.',
    // clipboardRead: a copied code is cleared after 30 s only if the clipboard still holds it,
    // which needs a read. offscreen (Chrome): the worker has no DOM to read or clear it with.
    permissions: [
      'storage', 'alarms', 'activeTab', 'scripting', 'contextMenus', 'idle', 'clipboardWrite', 'clipboardRead',
      ...(browser === 'firefox' ? [] : ['offscreen']),
    ],
    // "Scan QR code on this page" from the keyboard: a gesture that grants activeTab for the capture.
    commands: {
      'scan-qr': { suggested_key: { default: 'Alt+Shift+Q' }, description: 'Scan QR code on this page' },
      // Fill the focused code field: O for one-time code; neither Chrome nor Firefox uses Alt+Shift+O.
      'fill-code': { suggested_key: { default: 'Alt+Shift+O' }, description: 'Fill the two-factor code on this page' },
    },
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
      if (!entrypoints.some(({ name }) => name === 'content')) return;
      viteConfig.plugins = [
        ...(viteConfig.plugins ?? []),
        { name: 'twofold:lean-content-script', enforce: 'pre', resolveId: (id: string) => LEAN_CONTENT_SCRIPT_MODULES[id] },
      ];
    },
  },
  zip: {
    includeSources: ['tests/**/*.test.ts', 'entrypoints/offscreen/**'],
    excludeSources: ['.output*/**', 'tests/.artifacts/**', 'tests/bench/results/latest.json'],
  },
});
