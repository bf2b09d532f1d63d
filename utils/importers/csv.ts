import { ImportError } from './errors';
import { MAX_ENTRIES } from './limits';
import { t } from '../i18n/translate';

/**
 * RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line
 * breaks. One pass over the text, so a 10 MB file costs linear time.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let value = '';
  let quoted = false;
  const endValue = () => {
    row.push(value);
    value = '';
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char !== '"') {
        value += char;
      } else if (text[i + 1] === '"') {
        value += '"';
        i++;
      } else {
        quoted = false;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === ',') {
      endValue();
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      endValue();
      pushRow(rows, row);
      row = [];
    } else {
      value += char;
    }
  }
  endValue();
  pushRow(rows, row);
  return rows;
}

function pushRow(rows: string[][], row: string[]): void {
  // Blank lines separate records in some exports; they are not records.
  if (row.length === 1 && row[0]!.trim() === '') return;
  if (rows.length > MAX_ENTRIES) throw new ImportError('malformed', t('errors.import.tooManyRows'));
  rows.push(row);
}

/**
 * Rows as maps from lower-cased header to value. A Map, not an object: a
 * column named "__proto__" must stay a column.
 */
export function csvRecords(rows: string[][]): Map<string, string>[] {
  const [header, ...records] = rows;
  if (!header) return [];
  const names = header.map((name) => name.trim().toLowerCase());
  return records.map((record) => new Map(names.map((name, column) => [name, record[column] ?? ''])));
}
