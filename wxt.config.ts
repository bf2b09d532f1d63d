import { defineConfig } from 'wxt';

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
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'twofold@twofold.app', strict_min_version: '128.0' } } }
      : {}),
  }),
});
