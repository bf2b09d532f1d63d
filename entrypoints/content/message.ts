/**
 * The content script's text in the browser's language (utils/i18n/locales, block `content:`).
 * A bare `browser.i18n.getMessage` through the lean stand-in: `#i18n` would bring WXT's
 * browser module into the script every page loads. The keys are checked against the catalog.
 */
import { browser } from 'wxt/browser';
import type { GeneratedI18nStructure } from '#i18n';

type ContentKey = Extract<keyof GeneratedI18nStructure, `content.${string}`>;

export function contentMessage(key: ContentKey): string {
  // WXT types getMessage for its own predefined messages only; the catalog's are ours.
  return (browser.i18n.getMessage as (name: string) => string)(key.replaceAll('.', '_'));
}
