import { describe, expect, it } from 'vitest';
import { parseBackupCodes } from '@/utils/backup-codes/parse';

const GITHUB = ['2f1a3-b9c4e', '7d0e2-41ab9', 'c3f58-0e6d1', '91b7a-d2f03', '4e6c0-a7b18', 'b05d9-3c2e7', '68a1f-e9d40', 'd7c32-5b0a6'];

describe('parseBackupCodes', () => {
  it('reads one code per line, ignoring the heading and instructions around them', () => {
    const text = `GitHub recovery codes\nKeep them somewhere safe.\n\n${GITHUB.join('\n')}\n\nGenerated 2024-01-15 for octocat`;
    expect(parseBackupCodes(text)).toEqual(GITHUB);
  });

  it('reads Google-style "1234 5678" codes, numbered, two per line', () => {
    const text = 'BACKUP VERIFICATION CODES\n1. 8141 2390    6. 6675 3309\n2. 5520 7316    7. 1890 4471\n3. 2963 0457    8. 3527 6048\n';
    expect(parseBackupCodes(text)).toEqual(['8141 2390', '6675 3309', '5520 7316', '1890 4471', '2963 0457', '3527 6048']);
  });

  it('reads codes separated by commas, tabs or single spaces on one line', () => {
    expect(parseBackupCodes('abcd1234, efgh5678, ijkl9012')).toEqual(['abcd1234', 'efgh5678', 'ijkl9012']);
    expect(parseBackupCodes('abcd1234\tefgh5678')).toEqual(['abcd1234', 'efgh5678']);
    expect(parseBackupCodes('38475610 92016475 11839026')).toEqual(['38475610', '92016475', '11839026']);
  });

  it('keeps bulleted letter codes with dashes', () => {
    expect(parseBackupCodes('• kzmt-qprw\n• bvnc-lxje\n- hdsa-ytou')).toEqual(['kzmt-qprw', 'bvnc-lxje', 'hdsa-ytou']);
  });

  it('drops duplicates and Windows line endings', () => {
    expect(parseBackupCodes('12345678\r\n12345678\r\n87654321\r\n')).toEqual(['12345678', '87654321']);
  });

  it('says clearly when there are no codes', () => {
    expect(() => parseBackupCodes('Save these codes somewhere safe.')).toThrow(expect.objectContaining({ code: 'no-codes-found' }));
    expect(() => parseBackupCodes('')).toThrow(expect.objectContaining({ code: 'no-codes-found' }));
  });

  it('refuses absurd input', () => {
    const many = Array.from({ length: 100 }, (_, i) => String(10_000_000 + i)).join('\n');
    expect(() => parseBackupCodes(many)).toThrow(expect.objectContaining({ code: 'too-many-codes' }));
  });
});
