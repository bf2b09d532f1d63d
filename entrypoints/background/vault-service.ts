/**
 * The worker's vault lifecycle: first-run setup, unlock (throttled), lock,
 * auto-lock deadline, and resuming after a worker restart from the session store.
 * Everything that reads or writes accounts goes through `unlockedRepository()`,
 * which enforces the deadline on every call.
 */
import { storage } from 'wxt/utils/storage';
import type { VaultStatus } from '@/utils/messaging';
import { deadlinePassed, lockDeadlineFrom } from '@/utils/lock/deadline';
import { mustWait, NO_FAILURES, recordFailure, type UnlockFailures } from '@/utils/lock/unlock-throttle';
import { isErrorCode, TwofoldError } from '@/utils/errors';
import { VaultError } from '@/utils/vault/errors';
import type { VaultRepository } from '@/utils/vault/repository';
import { forgetUnlockedKey, loadUnlockedKey, saveUnlockedKey, setLockDeadline } from './unlocked-key';
import { scheduleLockAlarm } from './autolock';
import { readSettings } from './settings-store';
import { t } from '@/utils/i18n/translate';

// In storage.local: a browser restart must not reset the guessing delay.
const failuresItem = storage.defineItem<UnlockFailures>('local:unlockFailures', { fallback: NO_FAILURES });

export class VaultService {
  /** Listeners told when the vault locks (e.g. to drop caches of decrypted data). */
  private readonly lockListeners: Array<() => void> = [];
  /** Counts locks, so a resume that read the key before a lock cannot put it back afterwards. */
  private locks = 0;

  constructor(
    private readonly repository: VaultRepository,
    private readonly now: () => number = Date.now,
  ) {}

  onLock(listener: () => void): void {
    this.lockListeners.push(listener);
  }

  async status(): Promise<VaultStatus> {
    if (!(await this.repository.isInitialized())) return { state: 'uninitialized' };
    if (await this.resumeIfUnlocked()) return { state: 'unlocked' };
    const failures = await failuresItem.getValue();
    return failures.retryAt > this.now() ? { state: 'locked', retryAt: failures.retryAt } : { state: 'locked' };
  }

  async setup(password: string): Promise<VaultStatus> {
    const dek = await this.repository.init(password);
    await this.startSession(dek);
    return { state: 'unlocked' };
  }

  async unlock(password: string): Promise<VaultStatus> {
    const failures = await failuresItem.getValue();
    if (mustWait(failures, this.now())) {
      throw new TwofoldError('slow-down', t('errors.vault.slowDown'));
    }
    try {
      const dek = await this.repository.unlock(password);
      await failuresItem.setValue(NO_FAILURES);
      await this.startSession(dek);
      return { state: 'unlocked' };
    } catch (error) {
      if (isErrorCode(error, 'wrong-password')) await failuresItem.setValue(recordFailure(failures, this.now()));
      throw error;
    }
  }

  async lock(): Promise<VaultStatus> {
    this.locks++;
    this.repository.lock();
    await forgetUnlockedKey();
    await scheduleLockAlarm(null);
    for (const listener of this.lockListeners) listener();
    return this.status();
  }

  /** The user did something in Twofold's own UI. */
  async recordActivity(): Promise<void> {
    if (!(await this.resumeIfUnlocked())) return;
    const deadline = lockDeadlineFrom((await readSettings()).autoLockMinutes, this.now());
    await setLockDeadline(deadline);
    await scheduleLockAlarm(deadline);
  }

  /** Locks if the deadline has passed (called by the alarm and on every vault call). */
  async enforceDeadline(): Promise<void> {
    const unlocked = await loadUnlockedKey();
    if (unlocked && deadlinePassed(unlocked.lockDeadline, this.now())) await this.lock();
  }

  async verifyPassword(password: string): Promise<void> {
    await this.repository.verifyPassword(password);
  }

  async changePassword(current: string, next: string): Promise<void> {
    await this.unlockedRepository();
    await this.repository.changePassword(current, next);
  }

  /** The repository, unlocked; throws VaultError 'locked' otherwise. */
  async unlockedRepository(): Promise<VaultRepository> {
    if (!(await this.resumeIfUnlocked())) throw new VaultError('locked');
    return this.repository;
  }

  private async startSession(dek: Uint8Array<ArrayBuffer>): Promise<void> {
    const deadline = lockDeadlineFrom((await readSettings()).autoLockMinutes, this.now());
    await saveUnlockedKey(dek, deadline);
    dek.fill(0);
    await scheduleLockAlarm(deadline);
  }

  /** After a worker restart the repository has no key: take it back from the session store, unless expired. */
  private async resumeIfUnlocked(): Promise<boolean> {
    const locksBefore = this.locks;
    const unlocked = await loadUnlockedKey();
    if (unlocked && this.locks !== locksBefore) {
      // Locked while the key was being read: that key is stale, whatever the store said.
      unlocked.dek.fill(0);
      return false;
    }
    if (!unlocked) {
      if (this.repository.isUnlocked) this.repository.lock();
      return false;
    }
    if (deadlinePassed(unlocked.lockDeadline, this.now())) {
      await this.lock();
      return false;
    }
    if (!this.repository.isUnlocked) await this.repository.resume(unlocked.dek);
    unlocked.dek.fill(0);
    if (this.locks !== locksBefore) {
      this.repository.lock();
      return false;
    }
    return true;
  }
}
