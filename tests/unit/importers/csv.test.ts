import { describe, expect, it } from 'vitest';
import { csvRecords, parseCsv } from '../../../utils/importers/csv';

describe('parseCsv', () => {
  it('reads quoted commas, doubled quotes and line breaks inside quotes', () => {
    expect(parseCsv('name,notes\r\n"ACME, Inc.","said ""hi""\nthen left"\n')).toEqual([
      ['name', 'notes'],
      ['ACME, Inc.', 'said "hi"\nthen left'],
    ]);
  });

  it('skips blank lines between records', () => {
    expect(parseCsv('a,b\n\n1,2\n\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('maps records by lower-cased header, missing cells as empty', () => {
    const [record] = csvRecords(parseCsv('Name,LOGIN_TOTP,extra\nGitHub'));
    expect(record?.get('name')).toBe('GitHub');
    expect(record?.get('login_totp')).toBe('');
  });
});
