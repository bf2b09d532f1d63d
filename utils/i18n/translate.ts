/**
 * The one translation function for utils/ and the service worker: `t('errors.otp.missingSecret')`.
 *
 * Decision (issue #10): code outside the Vue components never imports `#i18n`. It calls `t` with a
 * catalog key (and its substitutions) where the text is made, e.g. where an error is constructed, so an
 * error's `message` is already in the user's language when it crosses the message boundary as
 * `{ name, code, message }` (the worker and the popup share the browser's UI language). Error classes
 * stay simple: a code and a finished message.
 *
 * `t` follows `i18n.t` from @wxt-dev/i18n exactly (typed keys from the generated catalog structure, dots
 * for nested keys, `$1`… positional and `{name}` named substitutions, `one | other` plural forms by
 * count), but looks messages up through a function that can be replaced: in the extension and in unit
 * tests it is `browser.i18n.getMessage`; in plain Node (`npm run decrypt-backup`, the bench) there is no
 * browser, and the script installs the English catalog with `useMessages` (utils/i18n/node-catalog.ts);
 * without it, the key stands in for the text (texts are made only when needed, so Node code on a happy
 * path, such as an end-to-end test reading an export, needs no catalog).
 * The `#i18n` module would pin the lookup to the browser and cannot be resolved outside WXT's Vite.
 *
 * Exception: utils/errors.ts and utils/messaging.ts are also bundled into the content script, whose size
 * budget is tight: their three fixed messages come from `plainMessage`, a bare `browser.i18n.getMessage`
 * (tree-shaking leaves `t` out of that bundle).
 */
import { browser } from 'wxt/browser';
import type { createI18n } from '@wxt-dev/i18n';
import type { GeneratedI18nStructure } from '#i18n';

/** `browser.i18n.getMessage`'s shape: a message by its browser name (`errors_otp_missingSecret`), `$1`… filled. */
export type GetMessage = (name: string, substitutions?: string | string[]) => string;

export type Translate = ReturnType<typeof createI18n<GeneratedI18nStructure>>['t'];

/** Keys of messages without substitutions or plural forms. */
export type PlainKey = {
  [K in keyof GeneratedI18nStructure]: GeneratedI18nStructure[K] extends { plural: false; substitutions: 0; namedSubstitutions?: never } ? K : never;
}[keyof GeneratedI18nStructure];

let installed: GetMessage | undefined;

/** Outside a browser: where `t` reads its messages from (see utils/i18n/node-catalog.ts). */
export function useMessages(getMessage: GetMessage | undefined): void {
  installed = getMessage;
}

let warned = false;

function lookUp(name: string, substitutions: string[] | undefined): string {
  if (installed) return installed(name, substitutions);
  if (browser?.i18n) return (browser.i18n.getMessage as GetMessage)(name, substitutions);
  // Node without useMessages (e.g. an end-to-end test reading a file with utils/ code): the key keeps the error's
  // type and code intact, where throwing here would replace the error being made with this one.
  if (!warned) console.warn('[i18n] No messages outside a browser: call useMessages() (utils/i18n/node-catalog.ts).');
  warned = true;
  return name;
}

type Argument = number | (string | number)[] | Record<string, string | number> | undefined;

function translate(key: string, ...args: Argument[]): string {
  let count: number | undefined;
  let positional: string[] | undefined;
  let named: Record<string, string | number> | undefined;
  for (const arg of args) {
    if (typeof arg === 'number') count = arg;
    else if (Array.isArray(arg)) positional = arg.map(String);
    else if (arg) named = arg;
  }
  if (count !== undefined && positional === undefined) positional = [String(count)];
  let message = lookUp(key.replaceAll('.', '_'), positional?.length ? positional : undefined);
  if (!message) console.warn(`[i18n] Message not found: "${key}"`);
  if (count !== undefined) {
    const forms = message.split(' | ');
    if (forms.length > 3) throw new Error(`Unknown plural formatting in "${key}"`);
    message = forms.length === 1 ? forms[0]! : forms.length === 2 ? forms[count === 1 ? 0 : 1]! : forms[count === 0 || count === 1 ? count : 2]!;
  }
  if (!named) return message;
  const values = named;
  return message.replace(/\{([A-Za-z0-9_]+)\}/g, (match, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : match));
}

export const t = translate as Translate;

/** A message without substitutions, straight from the browser: for modules the content script bundles too. */
export function plainMessage(key: PlainKey): string {
  // WXT types getMessage with the names of public/_locales only; the catalogs are the i18n module's.
  return (browser.i18n.getMessage as GetMessage)(key.replaceAll('.', '_'));
}
