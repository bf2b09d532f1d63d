import { describe, expect, it } from 'vitest';
import { groupCode } from '@/utils/format-code';

describe('groupCode', () => {
  it.each([
    ['2BC4D', '2BC4D'],
    ['123456', '123 456'],
    ['1234567', '123 4567'],
    ['12345678', '1234 5678'],
    ['123456789', '123 456 789'],
    ['1234567890', '12345 67890'],
  ])('groups %s as %s', (code, grouped) => {
    expect(groupCode(code)).toBe(grouped);
  });
});
