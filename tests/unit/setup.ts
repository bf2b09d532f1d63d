import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getMessageFrom, loadCatalog } from '@/utils/i18n/node-catalog';

// The fake browser has no i18n: give it the English catalog, as an English browser would.
const getEnglishMessage = getMessageFrom(await loadCatalog('en'));

// Every unit test starts from a clean fake extension environment.
beforeEach(() => {
  fakeBrowser.reset();
  fakeBrowser.i18n.getMessage = getEnglishMessage as typeof fakeBrowser.i18n.getMessage;
  fakeBrowser.i18n.getUILanguage = () => 'en';
});
