import { describe, expect, it } from 'vitest';
import { markLastHandedOutUnused, summarize, takeNextUnusedCode, type BackupCodeSet } from '@/utils/backup-codes/model';

const set = (used: number, total = 10): BackupCodeSet => ({
  id: 's',
  accountId: 'a',
  savedAt: 1,
  source: { kind: 'paste' },
  codes: Array.from({ length: total }, (_, i) => ({ code: `code-${i}`, usedAt: i < used ? 100 : null })),
});

describe('backup-code sets', () => {
  it('hands out codes in order and never the same one twice', () => {
    let current = set(0, 3);
    const handed: string[] = [];
    for (;;) {
      const next = takeNextUnusedCode(current, 5);
      if (!next) break;
      handed.push(next.code);
      current = next.set;
    }
    expect(handed).toEqual(['code-0', 'code-1', 'code-2']);
    expect(current.codes.every((code) => code.usedAt === 5)).toBe(true);
  });

  it('counts what is left and warns at three or fewer', () => {
    expect(summarize(set(3))).toMatchObject({ total: 10, remaining: 7, runningLow: false });
    expect(summarize(set(7))).toMatchObject({ remaining: 3, runningLow: true });
  });

  it('puts the code handed out last back among the unused ones, once, when it did not work', () => {
    let current = set(0, 4);
    for (const at of [10, 20]) current = takeNextUnusedCode(current, at)!.set;
    expect(summarize(current).lastHandedOutAt).toBe(20);
    const restored = markLastHandedOutUnused(current)!;
    expect(restored.codes.map(({ usedAt }) => usedAt)).toEqual([10, null, null, null]);
    expect(summarize(restored).lastHandedOutAt).toBeNull();
    // A second "did not work" does not reach back to the code before, which the site did accept.
    expect(markLastHandedOutUnused(restored)).toBeNull();
    expect(takeNextUnusedCode(restored, 30)?.code).toBe('code-1');
    expect(markLastHandedOutUnused(set(2))).toBeNull();
  });
});
