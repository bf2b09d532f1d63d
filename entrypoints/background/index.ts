import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { VaultDatabase } from '@/utils/vault/db';
import { VaultRepository } from '@/utils/vault/repository';
import { createHandlers } from './handlers';
import { createRouter } from './router';
import { originOf } from './sender';
import { VaultService } from './vault-service';
import { AccountService } from './account-service';
import { restrictSessionStorage } from './unlocked-key';
import { watchForLockEvents } from './autolock';
import { readSettings } from './settings-store';

export default defineBackground({
  type: 'module',
  main() {
    void restrictSessionStorage();
    const vault = new VaultService(new VaultRepository(new VaultDatabase()));
    const accounts = new AccountService(vault);
    const route = createRouter(createHandlers(vault, accounts), {
      runtimeId: browser.runtime.id,
      extensionOrigin: originOf(new URL(browser.runtime.getURL('/'))),
    });
    // sendResponse + `return true` works in every browser we ship to; returning a
    // promise from the listener does not everywhere.
    browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
      void route(message, sender).then(sendResponse);
      return true;
    });
    watchForLockEvents({
      onDeadlineAlarm: () => void vault.enforceDeadline(),
      onScreenLocked: () =>
        void readSettings().then((settings) => (settings.lockOnScreenLock ? vault.lock() : undefined)),
    });
  },
});
