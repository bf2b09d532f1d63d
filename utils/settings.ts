/** User settings. Not secret: kept in storage.local (never storage.sync). */
export interface Settings {
  /** Minutes without activity in Twofold's own UI before the vault locks; 0 = only when the browser closes. */
  autoLockMinutes: number;
  /** Lock at once when the operating system's screen locks. */
  lockOnScreenLock: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  autoLockMinutes: 10,
  lockOnScreenLock: true,
};

/** The choices offered: 1 minute to 8 hours, or only at browser close (0). */
export const AUTO_LOCK_CHOICES = [1, 5, 10, 15, 30, 60, 120, 240, 480, 0] as const;

export function isAutoLockChoice(value: unknown): value is number {
  return typeof value === 'number' && (AUTO_LOCK_CHOICES as readonly number[]).includes(value);
}
