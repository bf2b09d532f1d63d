import { describe, expect, it } from 'vitest';
import { delayAfter, mustWait, NO_FAILURES, recordFailure } from '@/utils/lock/unlock-throttle';
import { deadlinePassed, lockDeadlineFrom } from '@/utils/lock/deadline';

describe('unlock throttle', () => {
  it('lets the first three attempts through at once, then doubles the wait up to five minutes', () => {
    expect([1, 2, 3, 4, 5, 6].map(delayAfter)).toEqual([0, 0, 1000, 2000, 4000, 8000]);
    expect(delayAfter(40)).toBe(300_000);
  });

  it('makes the next attempt wait after repeated failures', () => {
    let failures = NO_FAILURES;
    for (let i = 0; i < 4; i++) failures = recordFailure(failures, 1_000);
    expect(failures.count).toBe(4);
    expect(mustWait(failures, 1_000)).toBe(true);
    expect(mustWait(failures, 1_000 + 2_000)).toBe(false);
  });
});

describe('lock deadline', () => {
  it('is now plus the auto-lock minutes, or none when locking only at browser close', () => {
    expect(lockDeadlineFrom(10, 1_000)).toBe(601_000);
    expect(lockDeadlineFrom(0, 1_000)).toBeNull();
  });

  it('passes at the deadline, never when there is none', () => {
    expect(deadlinePassed(601_000, 601_000)).toBe(true);
    expect(deadlinePassed(601_000, 600_999)).toBe(false);
    expect(deadlinePassed(null, Number.MAX_SAFE_INTEGER)).toBe(false);
  });
});
