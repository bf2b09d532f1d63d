/**
 * The catalogs as the browser will see them (`_locales/<lang>/messages.json`),
 * built from utils/i18n/locales by the same code the WXT module uses, and a
 * `getMessage` that substitutes `$1`…`$9` as Chrome does. Unit tests run with the
 * English one installed on the fake browser (tests/unit/setup.ts).
 */
import { fileURLToPath } from 'node:url';
import { parseMessagesFile, generateChromeMessages } from '@wxt-dev/i18n/build';

export const LOCALES_DIR = fileURLToPath(new URL('../../../utils/i18n/locales/', import.meta.url));

export type ChromeMessages = Record<string, { message: string }>;

export async function loadCatalog(locale: string): Promise<ChromeMessages> {
  return generateChromeMessages(await parseMessagesFile(`${LOCALES_DIR}${locale}.yml`)) as ChromeMessages;
}

export function getMessageFrom(messages: ChromeMessages) {
  return (name: string, substitutions?: string | string[]): string => {
    const entry = messages[name];
    if (!entry) return '';
    const values = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    return entry.message.replace(/\$(\$|[1-9])/g, (_, token: string) => (token === '$' ? '$' : (values[Number(token) - 1] ?? '')));
  };
}
