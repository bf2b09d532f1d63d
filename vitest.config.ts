import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import vue from '@vitejs/plugin-vue';

// Two projects: `unit` (fast, in-process: fakeBrowser, fake-indexeddb, happy-dom)
// and `e2e` (the built extension in Debian's Chromium through playwright-core).
export default defineConfig({
  test: {
    projects: [
      {
        // WxtVitest() does not apply module plugins, so Vue's is added here.
        plugins: [WxtVitest(), vue()],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['tests/unit/setup.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          // One browser at a time: the machine has two cores and Chromium wants both.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
