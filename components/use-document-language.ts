/**
 * The page's title and `<html lang>` in the language the browser shows Twofold in (the
 * catalog's own `common.lang`, so a browser language without a catalog gets English
 * throughout, lang included). The HTML keeps its English title for the first paint.
 */
import { i18n } from '#i18n';

export function useDocumentLanguage(title: string): void {
  document.documentElement.lang = i18n.t('common.lang');
  document.title = title;
}
