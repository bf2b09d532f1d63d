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

/**
 * Writes run one at a time. Otherwise the activity report that a click on Lock also sends could read
 * the key, let the lock remove it, and write it back with a new deadline: the vault would stay
 * unlocked (seen in Firefox, where storage is slower).
 */
let writes: Promise<unknown> = Promise.resolve();
function serially(write: () => Promise<void>): Promise<void> {
  const done = writes.then(write);
  writes = done.catch(() => undefined);
  return done;
}

export function saveUnlockedKey(dek: Bytes, lockDeadline: number | null): Promise<void> {
  const state = { dek: bytesToBase64(dek), lockDeadline };
  return serially(() => unlockedItem.setValue(state));
}

export async function loadUnlockedKey(): Promise<{ dek: Bytes; lockDeadline: number | null } | null> {
  const state = await unlockedItem.getValue();
  const dek = state ? base64ToBytes(state.dek) : undefined;
  return state && dek ? { dek, lockDeadline: state.lockDeadline } : null;
}

export function setLockDeadline(lockDeadline: number | null): Promise<void> {
  return serially(async () => {
    const state = await unlockedItem.getValue();
    if (state) await unlockedItem.setValue({ ...state, lockDeadline });
  });
}

export function forgetUnlockedKey(): Promise<void> {
  return serially(() => unlockedItem.removeValue());
}
