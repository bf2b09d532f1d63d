/**
 * Loads the content script's second part (fields-part.ts, built as the module
 * `content-fields.js`, entrypoints/content-fields.ts) into this isolated world,
 * once. A content script is one classic script, compiled whole on every page, so
 * the detector and the inline button cannot stay in it without every page paying
 * for their bytes; `import()` of an extension file is the one way to load code
 * later without host permissions (`scripting.executeScript` needs them).
 *
 * The price is a web-accessible resource, and a security reviewer's questions:
 * - Fingerprinting: Chrome serves the file only under `use_dynamic_url`, a random
 *   id renewed every browser session, so a page cannot probe
 *   `chrome-extension://<id>/content-fields.js` to learn that Twofold is installed
 *   (tests/e2e/content-script-split.test.ts tries). Firefox gets one script and no
 *   web-accessible resource at all (below).
 * - What a page could do with the file: nothing more than read code that is public
 *   anyway; run in a page's own world it has no extension API and holds no secret.
 * - Only this one file, only for the http(s) pages the content script runs on.
 * - The import runs in the isolated world, under the extension's CSP, so a page's
 *   own CSP cannot block it (tested), and the page's performance timeline does not list it.
 */
import { browser } from 'wxt/browser';
import type { FieldsPart } from './fields-part';

let loading: Promise<FieldsPart> | undefined;

export function loadFieldsPart(): Promise<FieldsPart> {
  // Firefox: one script as before, no web-accessible resource (the bench budgets are Chromium's, and
  // Mozilla's linter refuses an `import()` of a computed URL): the bundler inlines this import.
  loading ??= import.meta.env.FIREFOX
    ? import('./fields-part').then(({ createFieldsPart }) => createFieldsPart())
    : import(/* @vite-ignore */ browser.runtime.getURL('/content-fields.js')).then((module: { default: FieldsPart }) => module.default);
  return loading;
}
