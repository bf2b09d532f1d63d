/**
 * Slows down password guessing without ever destroying data: after a few wrong
 * passwords each further attempt waits longer (doubling, capped).
 */
export interface UnlockFailures {
  count: number;
  /** Epoch ms before which no attempt is accepted. */
  retryAt: number;
}

export const NO_FAILURES: UnlockFailures = { count: 0, retryAt: 0 };

const FREE_ATTEMPTS = 3;
const FIRST_DELAY_MS = 1_000;
const MAX_DELAY_MS = 5 * 60_000;

export function delayAfter(failureCount: number): number {
  if (failureCount < FREE_ATTEMPTS) return 0;
  return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** (failureCount - FREE_ATTEMPTS));
}

export function recordFailure(failures: UnlockFailures, now: number): UnlockFailures {
  const count = failures.count + 1;
  return { count, retryAt: now + delayAfter(count) };
}

export function mustWait(failures: UnlockFailures, now: number): boolean {
  return failures.retryAt > now;
}
