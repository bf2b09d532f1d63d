import { readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { i18n } from '#i18n';
import { LOCALES_DIR, loadCatalog, type ChromeMessages } from '@/utils/i18n/node-catalog';

const locales = readdirSync(LOCALES_DIR)
  .filter((file) => file.endsWith('.yml'))
  .map((file) => file.replace(/\.yml$/, ''));

/** What a translation must keep: `$1`… positional and `{name}` named substitutions, and the plural forms. */
function shape(message: string): string {
  const positional = [...new Set(message.match(/(?<!\$)\$[1-9]/g) ?? [])].sort();
  const named = [...new Set(message.match(/\{[A-Za-z0-9_]+\}/g) ?? [])].sort();
  return JSON.stringify({ positional, named, forms: message.split(' | ').length });
}

describe('language catalogs', () => {
  it('has English and German', () => {
    expect(locales).toEqual(expect.arrayContaining(['en', 'de']));
  });

  describe.each(locales.filter((locale) => locale !== 'en'))('%s', (locale) => {
    let english: ChromeMessages;
    let other: ChromeMessages;
    beforeAll(async () => {
      [english, other] = await Promise.all([loadCatalog('en'), loadCatalog(locale)]);
    });

    it('has exactly the English keys, none empty', () => {
      expect(Object.keys(other).sort()).toEqual(Object.keys(english).sort());
      for (const [key, { message }] of Object.entries(other)) expect(message.trim(), key).not.toBe('');
    });

    it('keeps every placeholder and plural form of the English message', () => {
      for (const key of Object.keys(english)) expect(shape(other[key]!.message), key).toBe(shape(english[key]!.message));
    });
  });

  it('is what unit tests read through i18n.t', () => {
    expect(i18n.t('extName')).toBe('Twofold');
  });
});
