/** Settings live in storage.local (not secret, never synced). */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, isAutoLockChoice, type Settings } from '@/utils/settings';
import { expectRecord, badRequest } from './payload';

const settingsItem = storage.defineItem<Settings>('local:settings', { fallback: DEFAULT_SETTINGS, version: 1 });

export async function readSettings(): Promise<Settings> {
  return { ...DEFAULT_SETTINGS, ...(await settingsItem.getValue()) };
}

export async function updateSettings(changes: Partial<Settings>): Promise<Settings> {
  const next = { ...(await readSettings()), ...changes };
  await settingsItem.setValue(next);
  return next;
}

export function parseSettingsChanges(payload: unknown): Partial<Settings> {
  const record = expectRecord(payload, 'settings');
  const changes: Partial<Settings> = {};
  for (const [key, value] of Object.entries(record)) {
    if (key === 'autoLockMinutes' && isAutoLockChoice(value)) changes.autoLockMinutes = value;
    else if (key === 'lockOnScreenLock' && typeof value === 'boolean') changes.lockOnScreenLock = value;
    else throw badRequest(`setting ${key}`);
  }
  return changes;
}
