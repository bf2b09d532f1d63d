/** One handler per protocol message; each states who may call it. */
import { browser } from 'wxt/browser';
import type { HandlerTable } from './router';
import { expectNoPayload, badRequest } from './payload';
import type { VaultService } from './vault-service';
import type { AccountService } from './account-service';
import type { ImportService } from './import-service';
import type { ExportService } from './export-service';
import { parseExportRequest, parseImportCommitRequest, parseImportPreviewRequest, parsePreviewId } from './import-export-payloads';
import type { BackupCodeService } from './backup-code-service';
import { parseBackupCodeAccount, parseBackupCodeReveal, parseBackupCodeSave } from './backup-code-payloads';
import { findBackupCodesOnActiveTab } from './backup-code-capture';
import { readSettings, parseSettingsChanges, updateSettings } from './settings-store';
import { clearClipboardLater, parseClearRequest } from './clipboard-clearing';
import type { QrService } from './qr-service';
import { parseConfirm, parseImageUploads, parsePendingIds, parseRegionReply, parseTabId } from './qr-payloads';
import type { FillService } from './fill-service';
import { parseFirstRows, popupOpening } from './popup-opening';
import { fillSender, parseFieldsFound, parseFillOnPage, parseFillRequest } from './fill-payloads';
import {
  parseAccountChanges,
  parseId,
  parseIds,
  parseNewAccount,
  parsePassword,
  parsePasswordChange,
  parseReveal,
} from './account-payloads';

const PAGE = ['extension-page'] as const;
const CONTENT_SCRIPT = ['content-script'] as const;

function parseNewPassword(payload: unknown): { password: string } {
  const parsed = parsePassword(payload);
  if (parsed.password.length === 0) throw badRequest('empty password');
  return parsed;
}

export function createHandlers(
  vault: VaultService,
  accounts: AccountService,
  backupCodes: BackupCodeService,
  imports: ImportService,
  exports: ExportService,
  qr: QrService,
  fills: FillService,
): HandlerTable {
  return {
    ping: {
      callers: ['extension-page', 'content-script'],
      parse: expectNoPayload,
      handle: async () => ({ pong: true, version: browser.runtime.getManifest().version }),
    },

    'vault.status': { callers: PAGE, parse: expectNoPayload, handle: () => vault.status() },
    'vault.setup': { callers: PAGE, parse: parseNewPassword, handle: ({ password }) => vault.setup(password) },
    'vault.unlock': { callers: PAGE, parse: parsePassword, handle: ({ password }) => vault.unlock(password) },
    'vault.lock': { callers: PAGE, parse: expectNoPayload, handle: () => vault.lock() },
    'vault.changePassword': {
      callers: PAGE,
      parse: parsePasswordChange,
      handle: ({ current, next }) => vault.changePassword(current, next),
    },
    'vault.activity': { callers: PAGE, parse: expectNoPayload, handle: () => vault.recordActivity() },

    'popup.open': { callers: PAGE, parse: parseFirstRows, handle: ({ rows }) => popupOpening(vault, accounts, rows) },

    'accounts.list': { callers: PAGE, parse: expectNoPayload, handle: () => accounts.list() },
    'accounts.add': { callers: PAGE, parse: parseNewAccount, handle: (account) => accounts.add(account) },
    'accounts.update': { callers: PAGE, parse: parseAccountChanges, handle: (changes) => accounts.update(changes) },
    'accounts.delete': {
      callers: PAGE,
      parse: parseIds,
      handle: async ({ ids }) => {
        await accounts.remove(ids);
        await backupCodes.removeForAccounts(ids);
      },
    },
    'accounts.reorder': { callers: PAGE, parse: parseIds, handle: ({ ids }) => accounts.reorder(ids) },
    'accounts.reveal': { callers: PAGE, parse: parseReveal, handle: ({ id, password }) => accounts.reveal(id, password) },

    'codes.get': { callers: PAGE, parse: parseIds, handle: ({ ids }) => accounts.codes(ids) },
    'codes.nextHotp': { callers: PAGE, parse: parseId, handle: ({ id }) => accounts.nextHotp(id) },

    'clipboard.clearLater': { callers: PAGE, parse: parseClearRequest, handle: ({ text }) => clearClipboardLater(text) },

    'import.preview': { callers: PAGE, parse: parseImportPreviewRequest, handle: (request) => imports.preview(request) },
    'import.commit': { callers: PAGE, parse: parseImportCommitRequest, handle: (request) => imports.commit(request) },
    'import.cancel': { callers: PAGE, parse: parsePreviewId, handle: async ({ previewId }) => imports.cancel(previewId) },
    'export.create': { callers: PAGE, parse: parseExportRequest, handle: (request) => exports.create(request) },

    'settings.get': { callers: PAGE, parse: expectNoPayload, handle: () => readSettings() },
    'settings.update': { callers: PAGE, parse: parseSettingsChanges, handle: (changes) => updateSettings(changes) },

    'page.fieldsFound': { callers: CONTENT_SCRIPT, parse: parseFieldsFound, handle: (found, sender) => fills.fieldsFound(fillSender(sender), found) },
    'fill.request': { callers: CONTENT_SCRIPT, parse: parseFillRequest, handle: (request, sender) => fills.request(fillSender(sender), request) },
    'fill.pageContext': { callers: PAGE, parse: expectNoPayload, handle: () => fills.pageContext() },
    'fill.onPage': { callers: PAGE, parse: parseFillOnPage, handle: (request) => fills.fillOnPage(request) },

    'backupCodes.list': { callers: PAGE, parse: expectNoPayload, handle: () => backupCodes.list() },
    'backupCodes.save': {
      callers: PAGE,
      parse: parseBackupCodeSave,
      handle: ({ accountId, codes, source }) => backupCodes.save(accountId, codes, source),
    },
    'backupCodes.markUnused': { callers: PAGE, parse: parseBackupCodeAccount, handle: ({ accountId }) => backupCodes.markUnused(accountId) },
    'backupCodes.reveal': {
      callers: PAGE,
      parse: parseBackupCodeReveal,
      handle: ({ accountId, password }) => backupCodes.reveal(accountId, password),
    },
    'backupCodes.findOnPage': { callers: PAGE, parse: expectNoPayload, handle: () => findBackupCodesOnActiveTab(accounts, backupCodes) },

    'qr.scanTab': { callers: PAGE, parse: parseTabId, handle: ({ tabId }) => qr.scanTab(tabId) },
    'qr.scanImages': { callers: PAGE, parse: parseImageUploads, handle: ({ images }) => qr.scanImages(images) },
    'qr.region': { callers: ['content-script'], parse: parseRegionReply, handle: (reply, sender) => qr.region(reply, sender) },
    'qr.state': { callers: PAGE, parse: expectNoPayload, handle: async () => qr.state() },
    'qr.confirm': { callers: PAGE, parse: parseConfirm, handle: (confirmation) => qr.confirm(confirmation) },
    'qr.importMigration': { callers: PAGE, parse: parsePendingIds, handle: ({ pendingIds }) => qr.importMigration(pendingIds) },
    'qr.discard': { callers: PAGE, parse: expectNoPayload, handle: async () => qr.discard() },
  };
}
