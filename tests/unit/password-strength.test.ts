import { describe, expect, it } from 'vitest';
import { passwordStrength } from '@/utils/password-strength';

describe('passwordStrength', () => {
  it.each([
    ['', 'empty'],
    ['password', 'weak'],
    ['abc', 'weak'],
    ['aaaaaaaaaaaaaaaaaaaa', 'weak'],
    ['Tr0ub4dor&3', 'fair'],
    ['correct horse battery staple', 'strong'],
  ])('rates %j as %s', (password, expected) => {
    expect(passwordStrength(password)).toBe(expected);
  });
});
