import { describe, expect, it } from 'vitest';
import { markCodeUnused, summarize, takeNextUnusedCode, type BackupCodeSet } from '@/utils/backup-codes/model';

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

  it('puts a code that did not work back among the unused ones', () => {
    const restored = markCodeUnused(set(2), 'code-1');
    expect(summarize(restored).remaining).toBe(9);
    expect(takeNextUnusedCode(restored, 9)?.code).toBe('code-1');
  });
});
