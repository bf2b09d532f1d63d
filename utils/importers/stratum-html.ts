import { convertEntries } from './entries';
import { ImportError } from './errors';
import { MAX_ENTRIES } from './limits';
import { accountFromOtpauthUri, describeUri } from './otpauth-entry';
import type { ImportFormat } from './types';
import { t } from '../i18n/translate';

/**
 * Stratum's HTML export: a table whose `<code>` cells hold otpauth links (the
 * QR images beside them carry the same). Read as text with a pattern: the
 * page is never parsed or rendered as HTML.
 */
const CODE_CELL = /<code>([^<]*)<\/code>/gi;
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

export const stratumHtml: ImportFormat<string[]> = {
  id: 'stratum-html',
  label: 'Stratum (HTML export)',
  detect: (source) => /^\s*(<!doctype html|<html)/i.test(source.text.slice(0, 512)) && /<code>\s*[a-z]+:\/\//i.test(source.text),
  read(source) {
    const links = Array.from(source.text.matchAll(CODE_CELL), (match) => decodeEntities(match[1]!.trim()));
    if (links.length > MAX_ENTRIES) throw new ImportError('malformed', t('errors.import.tooManyOnPage'));
    return { encrypted: false, payload: links };
  },
  convert: (links) => convertEntries(links, accountFromOtpauthUri, describeUri),
};

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity);
}
