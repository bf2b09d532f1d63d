// @vitest-environment happy-dom
/** How words and shape add up: thresholds, maxlength shapes, and OTP versus backup. */
import { describe, expect, it } from 'vitest';
import { judgeField } from '../../../utils/detect/score';
import type { FieldShape } from '../../../utils/detect/shape';
import { normalizeText } from '../../../utils/detect/text';
import { detect } from './mount';

const noShape: FieldShape = { oneTimeCode: false, codeLength: false, numeric: false, digitPattern: false, splitRun: false };
const judge = (own: string, label: string, context = '', shape: Partial<FieldShape> = {}) =>
  judgeField({ own: normalizeText(own), label: normalizeText(label) }, { ...noShape, ...shape }, () => normalizeText(context));

describe('maxlength shapes (label "Code", numeric keyboard)', () => {
  const field = (maxlength: number) => `<label for="f">Code</label><input id="f" inputmode="numeric" maxlength="${maxlength}">`;

  it.each([6, 8, 10])('maxlength %i fits a code', (maxlength) => {
    expect(detect(field(maxlength))).toEqual([{ kind: 'otp', ids: ['f'] }]);
  });

  it.each([5, 11, 64])('maxlength %i does not, and "Code" alone is too weak', (maxlength) => {
    expect(detect(field(maxlength))).toEqual([]);
  });

  it.each([1, 2, 3])('maxlength %i cannot hold a code, even labelled "One-time code"', (maxlength) => {
    expect(detect(`<label for="f">One-time code</label><input id="f" maxlength="${maxlength}">`)).toEqual([]);
  });

  it('a pattern of digits counts like a numeric keyboard', () => {
    expect(detect('<label for="f">Code</label><input id="f" pattern="[0-9]*" maxlength="6">')).toHaveLength(1);
  });
});

describe('judgeField', () => {
  it('autocomplete=one-time-code decides alone', () => {
    expect(judge('field', '', '', { oneTimeCode: true })).toBe('otp');
  });

  it('words around a field never qualify it alone', () => {
    expect(judge('nickname', 'Nickname', 'Two-factor authentication: recovery codes')).toBeNull();
  });

  it('but they complete a field whose own words are weak', () => {
    expect(judge('text', 'Enter code', 'Enter your verification code')).toBe('otp');
  });

  it('checkout words around a field hold it back', () => {
    expect(judge('door_code', 'Door code', 'Shipping address', { numeric: true, codeLength: true })).toBeNull();
    expect(judge('door_code', 'Door code', 'Your flat', { numeric: true, codeLength: true })).not.toBeNull();
  });

  it.each([
    ['recovery_code', 'Recovery code', 'Two-factor recovery', 'backup'],
    ['backup-otp_token', 'Token', 'Enter one of your backup tokens', 'backup'],
    ['code', 'Authentication or backup code', '', 'otp'],
    ['code', 'Recovery code or 2FA code', '', 'otp'],
    ['user[otp_attempt]', 'Two-factor code', 'You can also enter a recovery code', 'otp'],
    ['code', 'Code', 'Use your authenticator app or a backup code', 'otp'],
  ])('kind: %s / %s / %s → %s', (own, label, context, kind) => {
    expect(judge(own, label, context)).toBe(kind);
  });

  it('reads the surroundings only for fields that already point at a code', () => {
    let reads = 0;
    const readContext = () => {
      reads += 1;
      return 'two factor authentication';
    };
    judgeField({ own: 'first name', label: 'first name' }, noShape, readContext);
    judgeField({ own: 'otp', label: '' }, noShape, readContext);
    expect(reads).toBe(1);
  });
});
