/** When an unlocked vault locks again, from the auto-lock setting. `null` = only when the browser closes. */
export function lockDeadlineFrom(autoLockMinutes: number, now: number): number | null {
  return autoLockMinutes > 0 ? now + autoLockMinutes * 60_000 : null;
}

export function deadlinePassed(deadline: number | null, now: number): boolean {
  return deadline !== null && now >= deadline;
}
