/**
 * Keeps the vault unlocked across service-worker restarts, and only in memory:
 * raw data-key bytes and the lock deadline in storage.session (cleared when the
 * browser closes, unreadable by content scripts). A CryptoKey cannot be stored
 * there (it reads back as `{}`), and the key never goes to disk.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { base64ToBytes, bytesToBase64, type Bytes } from '@/utils/vault/bytes';

interface UnlockedState {
  dek: string;
  /** Epoch ms, or null for "only when the browser closes". */
  lockDeadline: number | null;
}

const unlockedItem = storage.defineItem<UnlockedState | null>('session:unlocked', { fallback: null });

/** Content scripts must never read the session area (it is the default in Chrome; say so anyway). */
export async function restrictSessionStorage(): Promise<void> {
  const area = browser.storage.session as { setAccessLevel?: (options: { accessLevel: string }) => Promise<void> };
  // Firefox has no setAccessLevel: its session area is never exposed to content scripts.
  await area.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' }).catch(() => undefined);
}

export async function saveUnlockedKey(dek: Bytes, lockDeadline: number | null): Promise<void> {
  await unlockedItem.setValue({ dek: bytesToBase64(dek), lockDeadline });
}

export async function loadUnlockedKey(): Promise<{ dek: Bytes; lockDeadline: number | null } | null> {
  const state = await unlockedItem.getValue();
  const dek = state ? base64ToBytes(state.dek) : undefined;
  return state && dek ? { dek, lockDeadline: state.lockDeadline } : null;
}

export async function setLockDeadline(lockDeadline: number | null): Promise<void> {
  const state = await unlockedItem.getValue();
  if (state) await unlockedItem.setValue({ ...state, lockDeadline });
}

export async function forgetUnlockedKey(): Promise<void> {
  await unlockedItem.removeValue();
}
