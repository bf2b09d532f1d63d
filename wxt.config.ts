import { defineConfig } from 'wxt';

// Explicit imports everywhere (no auto-imports): a reader sees where every name,
// and every secret, comes from.
export default defineConfig({
  // Parallel work on one machine builds into separate folders (the e2e harness reads the same variable).
  outDir: process.env.TWOFOLD_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/module-vue'],
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Twofold',
    description: 'Two-factor codes in your browser, encrypted on your device.',
    permissions: ['storage', 'alarms', 'activeTab', 'scripting', 'contextMenus', 'idle', 'clipboardWrite'],
    content_security_policy: {
      extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'",
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'twofold@twofold.app', strict_min_version: '128.0' } } }
      : {}),
  }),
});
