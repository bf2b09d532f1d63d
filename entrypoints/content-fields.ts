/**
 * The content script's second part as its own file, `content-fields.js`: an ES
 * module whose default export is the part's interface (wxt.config.ts builds it so,
 * and lists it as the one web-accessible resource). Only the content script
 * imports it: entrypoints/content/load-fields-part.ts says why it is apart.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createFieldsPart } from './content/fields-part';

// Chromium only: Firefox's content script holds the part itself (load-fields-part.ts).
export default defineUnlistedScript({ exclude: ['firefox'], main: () => createFieldsPart() });
