// @vitest-environment happy-dom
/** Backup-code blocks: which lists of codes count, under which headings. */
import { describe, expect, it } from 'vitest';
import { detectBackupCodeBlock } from '../../../utils/detect';
import { findCodeList } from '../../../utils/detect/code-list';
import { mount } from './mount';

const numbered = (count: number, format: (index: number) => string) => Array.from({ length: count }, (_, i) => format(i));
const hex = (index: number) => `${(0x1a2b3 + index * 7919).toString(16)}-${(0x4c5d6 + index * 104729).toString(16)}`.slice(0, 11);
const page = (heading: string, codes: readonly string[], extra = '') =>
  `<h2>${heading}</h2><ul>${codes.map((code) => `<li>${code}</li>`).join('')}</ul>${extra}`;

describe('findCodeList', () => {
  it.each([
    ['8 digit codes', numbered(8, (i) => `${10000000 + i * 7331}`)],
    ['16 hex codes', numbered(16, hex)],
    ['"XXXX XXXX"', numbered(10, (i) => `${1000 + i} ${5000 + i}`)],
    ['letters with a separator', numbered(10, (i) => `abc${String.fromCharCode(97 + i)}-efgh`)],
  ])('accepts %s', (_shape, codes) => {
    expect(findCodeList(codes)).toEqual(codes);
  });

  it.each([
    ['7 codes (too few)', numbered(7, (i) => `${10000000 + i}`)],
    ['17 codes (too many)', numbered(17, (i) => `${10000000 + i}`)],
    ['repeated codes', numbered(10, () => '12345678')],
    ['plain words', numbered(10, (i) => `Download${String.fromCharCode(97 + i)}`)],
    ['prices', numbered(10, (i) => `$${i}.99`)],
    ['too short', numbered(10, (i) => `${100 + i}`)],
  ])('rejects %s', (_shape, lines) => {
    expect(findCodeList(lines)).toBeNull();
  });

  it('takes the largest group of one shape, ignoring other lines', () => {
    const codes = numbered(10, (i) => `${20000000 + i}`);
    expect(findCodeList(['Your codes', '2024-05-17', ...codes, 'Copy'])).toEqual(codes);
  });
});

describe('detectBackupCodeBlock', () => {
  const codes = numbered(10, (i) => `${30000000 + i * 13}`);

  it.each([
    'Backup codes',
    'Recovery codes',
    'Wiederherstellungscodes',
    'Codes de secours',
    'Códigos de respaldo',
    'Codici di backup',
    'Herstelcodes',
    'Kody zapasowe',
    'Резервные коды',
    'バックアップコード',
    '备用码',
  ])('recognizes the heading "%s"', (heading) => {
    expect(detectBackupCodeBlock(mount(page(heading, codes)))).toEqual({ codes, heading });
  });

  it('needs Copy/Download/Print nearby when the heading only mentions recovery', () => {
    expect(detectBackupCodeBlock(mount(page('Account recovery', codes)))).toBeNull();
    expect(detectBackupCodeBlock(mount(page('Account recovery', codes, '<button>Download</button>')))).toEqual({
      codes,
      heading: 'Account recovery',
    });
  });

  it('ignores code lists under other headings', () => {
    expect(detectBackupCodeBlock(mount(page('Order numbers', codes)))).toBeNull();
    expect(detectBackupCodeBlock(mount(page('Backup gift codes', codes)))).toBeNull();
  });

  it('stops at the next section', () => {
    const html = `<h2>Recovery codes</h2><p>Generate them in settings.</p><section><h2>Orders</h2><ul>${codes
      .map((code) => `<li>${code}</li>`)
      .join('')}</ul></section>`;
    expect(detectBackupCodeBlock(mount(html))).toBeNull();
  });

  it('reads codes separated by <br>', () => {
    expect(detectBackupCodeBlock(mount(`<h3>Backup codes</h3><p>${codes.join('<br>')}</p>`))).toEqual({
      codes,
      heading: 'Backup codes',
    });
  });
});
