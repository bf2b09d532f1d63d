/** One handler per protocol message; each states who may call it. */
import { browser } from 'wxt/browser';
import type { HandlerTable } from './router';
import { expectNoPayload, badRequest } from './payload';
import type { VaultService } from './vault-service';
import type { AccountService } from './account-service';
import { readSettings, parseSettingsChanges, updateSettings } from './settings-store';
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

function parseNewPassword(payload: unknown): { password: string } {
  const parsed = parsePassword(payload);
  if (parsed.password.length === 0) throw badRequest('empty password');
  return parsed;
}

export function createHandlers(vault: VaultService, accounts: AccountService): HandlerTable {
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

    'accounts.list': { callers: PAGE, parse: expectNoPayload, handle: () => accounts.list() },
    'accounts.add': { callers: PAGE, parse: parseNewAccount, handle: (account) => accounts.add(account) },
    'accounts.update': { callers: PAGE, parse: parseAccountChanges, handle: (changes) => accounts.update(changes) },
    'accounts.delete': { callers: PAGE, parse: parseIds, handle: ({ ids }) => accounts.remove(ids) },
    'accounts.reorder': { callers: PAGE, parse: parseIds, handle: ({ ids }) => accounts.reorder(ids) },
    'accounts.reveal': { callers: PAGE, parse: parseReveal, handle: ({ id, password }) => accounts.reveal(id, password) },

    'codes.get': { callers: PAGE, parse: parseIds, handle: ({ ids }) => accounts.codes(ids) },
    'codes.nextHotp': { callers: PAGE, parse: parseId, handle: ({ id }) => accounts.nextHotp(id) },

    'settings.get': { callers: PAGE, parse: expectNoPayload, handle: () => readSettings() },
    'settings.update': { callers: PAGE, parse: parseSettingsChanges, handle: (changes) => updateSettings(changes) },
  };
}
