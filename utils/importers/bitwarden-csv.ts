import { csvRecords, parseCsv } from './csv';
import { convertEntries, describeEntry } from './entries';
import { accountFromTotpField } from './totp-field';
import type { ImportFormat } from './types';

/** Bitwarden CSV export: one login per row, the TOTP in `login_totp`. */
export const bitwardenCsv: ImportFormat<Map<string, string>[]> = {
  id: 'bitwarden-csv',
  label: 'Bitwarden (CSV)',
  detect(source) {
    const header = source.text.slice(0, 1024).split(/\r?\n/, 1)[0]?.toLowerCase().split(',').map((name) => name.trim()) ?? [];
    return header.includes('login_totp') && header.includes('name');
  },
  read: (source) => ({ encrypted: false, payload: csvRecords(parseCsv(source.text)).filter((record) => record.get('login_totp')?.trim()) }),
  convert: (records) =>
    convertEntries(
      records,
      (record) => accountFromTotpField(record.get('login_totp') ?? '', { name: record.get('name'), username: record.get('login_username') }),
      (record) => describeEntry(record.get('name'), record.get('login_username')),
    ),
};
