import { defineContentScript } from 'wxt/utils/define-content-script';

// Runs on every http/https page, so it must cost almost nothing until it finds a
// field. It never holds a secret: at most the one code it is asked to fill.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  allFrames: true,
  main() {
    // Field detection and filling are wired in by the autofill work.
  },
});
