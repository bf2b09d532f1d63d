// @vitest-environment happy-dom
/** Which field a fill goes into: the popup's backup-code fill never lands in the one-time-code field, nor the other way round. */
import { beforeEach, describe, expect, it } from 'vitest';
import type { DetectedField, FieldKind } from '@/utils/detect';
import { fieldToFill } from '@/entrypoints/content/fill-target';

function field(kind: FieldKind): DetectedField {
  const input = document.createElement('input');
  document.body.append(input);
  return { kind, inputs: [input] };
}

describe('fieldToFill', () => {
  beforeEach(() => document.body.replaceChildren());

  it('fills the field of the kind asked for, the focused one first', () => {
    const [otp, backup, otherBackup] = [field('otp'), field('backup'), field('backup')];
    const fields = [otp, backup, otherBackup];
    expect(fieldToFill('popup', 'backup', fields, null)).toBe(backup.inputs);
    expect(fieldToFill('popup', 'otp', fields, null)).toBe(otp.inputs);
    otherBackup.inputs[0]!.focus();
    expect(fieldToFill('popup', 'backup', fields, null)).toBe(otherBackup.inputs);
  });

  it('finds nothing to fill when the page has no field of that kind', () => {
    expect(() => fieldToFill('popup', 'backup', [field('otp')], null)).toThrow(expect.objectContaining({ code: 'no-field' }));
  });
});
