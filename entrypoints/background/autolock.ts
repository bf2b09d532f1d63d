/**
 * Locks the vault when the user is away: the lock deadline is checked on every
 * vault call (alarms are only a nudge: they fire late, at most once a minute),
 * and the OS screen lock locks at once.
 */
import { browser } from 'wxt/browser';

const LOCK_ALARM = 'twofold-autolock';

export async function scheduleLockAlarm(lockDeadline: number | null): Promise<void> {
  if (lockDeadline === null) await browser.alarms.clear(LOCK_ALARM);
  else await browser.alarms.create(LOCK_ALARM, { when: lockDeadline });
}

export function watchForLockEvents(handlers: { onDeadlineAlarm(): void; onScreenLocked(): void }): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === LOCK_ALARM) handlers.onDeadlineAlarm();
  });
  browser.idle.onStateChanged.addListener((state) => {
    if (state === 'locked') handlers.onScreenLocked();
  });
}
