import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { VaultDatabase } from '@/utils/vault/db';
import { VaultRepository } from '@/utils/vault/repository';
import { createHandlers } from './handlers';
import { createRouter } from './router';
import { originOf } from './sender';
import { VaultService } from './vault-service';
import { AccountService } from './account-service';
import { ImportService } from './import-service';
import { ExportService } from './export-service';
import { BackupCodeService } from './backup-code-service';
import { QrService } from './qr-service';
import { createWorkerQrDecoder } from './qr-decoder';
import { captureTab } from './capture';
import { showRegionSelect } from './qr-region-select';
import { openPopup, registerQrTriggers } from './qr-triggers';
import { FillService } from './fill-service';
import { registerFillTriggers } from './fill-triggers';
import { forgetTabsWhenPagesEnd, tabsWithFields } from './page-fields';
import { clearBadges } from './badge';
import { restrictSessionStorage } from './unlocked-key';
import { watchForLockEvents } from './autolock';
import { readSettings } from './settings-store';

export default defineBackground({
  type: 'module',
  main() {
    void restrictSessionStorage();
    const vault = new VaultService(new VaultRepository(new VaultDatabase()));
    const accounts = new AccountService(vault);
    const backupCodes = new BackupCodeService(vault);
    const imports = new ImportService(vault, accounts);
    const exports = new ExportService(vault, accounts);
    const qr = new QrService({ vault, accounts, decoder: createWorkerQrDecoder(), capture: captureTab, showRegionSelect, showResult: openPopup });
    registerQrTriggers(qr);
    const fills = new FillService(accounts, backupCodes);
    registerFillTriggers();
    forgetTabsWhenPagesEnd();
    vault.onLock(() => void tabsWithFields().then(clearBadges));
    const route = createRouter(createHandlers(vault, accounts, backupCodes, imports, exports, qr, fills), {
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
