import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { i18n } from '#i18n';
import { getMessageFrom, loadCatalog } from '@/utils/i18n/node-catalog';
import { plainMessage, t, useMessages } from '@/utils/i18n/translate';

describe('t, the translation function of utils/ and the worker', () => {
  afterEach(() => useMessages(undefined));

  it('reads the browser’s catalog with nested keys and named substitutions, as i18n.t does', () => {
    expect(t('errors.vault.locked')).toBe('Twofold is locked. Unlock it with your password.');
    expect(t('errors.fill.notLinked', { account: 'GitHub', origin: 'https://github.com' })).toBe('GitHub is not linked to https://github.com.');
    expect(t('errors.fill.notLinked', { account: 'GitHub', origin: 'https://github.com' })).toBe(
      i18n.t('errors.fill.notLinked', { account: 'GitHub', origin: 'https://github.com' }),
    );
  });

  it('picks plural forms by count and fills $1 as i18n.t does', () => {
    fakeBrowser.i18n.getMessage = getMessageFrom({
      test_files: { message: 'one file ($1) | $1 files' },
      test_forms: { message: 'none | one | {count} of them' },
    }) as typeof fakeBrowser.i18n.getMessage;
    const untyped = t as unknown as (key: string, ...args: unknown[]) => string;
    const reference = i18n.t as unknown as (key: string, ...args: unknown[]) => string;
    for (const n of [0, 1, 2, 7]) {
      expect(untyped('test.files', n)).toBe(reference('test.files', n));
      expect(untyped('test.forms', n, { count: n })).toBe(reference('test.forms', n, { count: n }));
    }
    expect(untyped('test.files', 1)).toBe('one file (1)');
    expect(untyped('test.forms', 7, { count: 7 })).toBe('7 of them');
  });

  it('reads messages installed with useMessages instead of the browser’s (Node scripts)', async () => {
    useMessages(getMessageFrom(await loadCatalog('de')));
    expect(t('errors.vault.wrongPassword')).toBe('Falsches Passwort.');
    useMessages(undefined);
    expect(t('errors.vault.wrongPassword')).toBe('Wrong password.');
  });

  it('plainMessage reads a message without substitutions straight from the browser', () => {
    expect(plainMessage('errors.noReply.page')).toBe('The page did not answer. Reload it and try again.');
  });
});
