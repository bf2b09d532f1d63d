/**
 * The catalogs as the browser sees them (`_locales/<lang>/messages.json`), built in Node from
 * utils/i18n/locales by the same code the WXT module uses, and a `getMessage` that substitutes
 * `$1`…`$9` as Chrome does. Node only (it reads files): unit tests install one on the fake browser
 * (tests/unit/setup.ts), and scripts that run the extension's code without a browser
 * (`npm run decrypt-backup`, the bench) install English with `useEnglishMessages()`.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { useMessages, type GetMessage } from './translate';

// Not `new URL('./locales/', import.meta.url)`: Vite rewrites that form into an asset URL in tests that run in happy-dom.
export const LOCALES_DIR = join(dirname(fileURLToPath(import.meta.url)), 'locales/');

export type ChromeMessages = Record<string, { message: string }>;

export async function loadCatalog(locale: string): Promise<ChromeMessages> {
  return generateChromeMessages(await parseMessagesFile(`${LOCALES_DIR}${locale}.yml`)) as ChromeMessages;
}

export function getMessageFrom(messages: ChromeMessages): GetMessage {
  return (name, substitutions) => {
    const entry = messages[name];
    if (!entry) return '';
    const values = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    return entry.message.replace(/\$(\$|[1-9])/g, (_, token: string) => (token === '$' ? '$' : (values[Number(token) - 1] ?? '')));
  };
}

/** For Node scripts: `t` reads the English catalog (there is no browser to ask for the UI language). */
export async function useEnglishMessages(): Promise<void> {
  useMessages(getMessageFrom(await loadCatalog('en')));
}
