import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, parseImport } from '../../../utils/importers';
import { importError } from './import-error';

const LINK = 'otpauth://totp/ACME%20Co:alice@example.com?secret=JBSWY3DPEHPK3PXP&issuer=ACME+Co';

describe('parseImport', () => {
  it('refuses a file over the size cap before reading it, with its own code', async () => {
    const error = await importError(parseImport({ data: new Uint8Array(MAX_IMPORT_BYTES + 1) }));
    expect(error.code).toBe('too-large');
    expect(error.message).toContain('10 MB');
  });

  it('accepts text and bytes alike', async () => {
    const fromText = await parseImport({ data: LINK });
    const fromBytes = await parseImport({ data: new TextEncoder().encode(LINK) });
    expect(fromBytes).toEqual(fromText);
    expect(fromText.accounts).toEqual([expect.objectContaining({ issuer: 'ACME Co', label: 'alice@example.com', secret: 'JBSWY3DPEHPK3PXP' })]);
  });

  it.each([
    ['plain prose', 'Dear diary, today I turned on two-factor authentication.'],
    ['an unrelated JSON object', '{"name": "package", "version": "1.0.0"}'],
    ['an empty file', ''],
    ['an SQLite database', 'SQLite format 3\u0000'],
  ])('says it does not recognise %s', async (_, data) => {
    expect((await importError(parseImport({ data }))).code).toBe('unsupported-format');
  });

  it('skips blank lines and comments in a link list, and names the line that failed', async () => {
    const list = ['# exported by hand', '', LINK, 'otpauth://totp/Broken:bob?secret=NOT*BASE32', '   ', LINK].join('\r\n');
    const result = await parseImport({ data: list });
    expect(result.format).toBe('otpauth-list');
    expect(result.accounts).toHaveLength(2);
    expect(result.errors).toEqual([{ index: 1, name: 'Broken:bob', message: expect.stringContaining('A–Z and 2–7') }]);
  });

  it('reads a list of 10,000 links (linear work, no timing assertion)', async () => {
    const list = Array.from({ length: 10_000 }, (_, i) => `otpauth://totp/Site${i}:user${i}?secret=JBSWY3DPEHPK3PXP&issuer=Site${i}`).join('\n');
    const result = await parseImport({ data: list });
    expect(result.accounts).toHaveLength(10_000);
    expect(result.accounts[9_999]).toMatchObject({ issuer: 'Site9999', label: 'user9999' });
  });

  it('trims, cleans and caps names, and keeps only account fields', async () => {
    const aegis = {
      version: 1,
      header: { slots: null, params: null },
      db: {
        version: 2,
        entries: [
          {
            type: 'totp',
            name: `\u202e${'x'.repeat(5_000)}`,
            issuer: '  Bank\u0000 ',
            note: 'kept',
            extra: 'dropped',
            info: { secret: 'jbsw y3dp ehpk 3pxp', algo: 'SHA1', digits: 6, period: 30, evil: true },
          },
        ],
      },
    };
    const [account] = (await parseImport({ data: JSON.stringify(aegis) })).accounts;
    expect(account?.issuer).toBe('Bank');
    expect(account?.label).toBe('x'.repeat(256));
    expect(account?.secret).toBe('JBSWY3DPEHPK3PXP');
    expect(Object.keys(account ?? {}).sort()).toEqual(['algorithm', 'counter', 'digits', 'issuer', 'label', 'note', 'period', 'secret', 'type']);
  });

  it('names mOTP and Yandex entries as unsupported instead of failing the file', async () => {
    const list = `${LINK}\nmotp://ACME:alice?secret=abcdef0123456789\notpauth://yaotp/Yandex:bob?secret=JBSWY3DPEHPK3PXP`;
    const result = await parseImport({ data: list });
    expect(result.accounts).toHaveLength(1);
    expect(result.errors.map((error) => error.message)).toEqual([expect.stringContaining('mOTP'), expect.stringContaining('Yandex')]);
  });

  it('imports only raster icons, never SVG', async () => {
    const entry = (mime: string) => ({ type: 'totp', name: mime, issuer: '', icon: btoa('<svg/>'), icon_mime: mime, info: { secret: 'JBSWY3DPEHPK3PXP' } });
    const aegis = { version: 1, header: { slots: null, params: null }, db: { version: 3, entries: [entry('image/png'), entry('image/svg+xml')] } };
    const [png, svg] = (await parseImport({ data: JSON.stringify(aegis) })).accounts;
    expect(png?.icon).toEqual({ mime: 'image/png', data: btoa('<svg/>') });
    expect(svg?.icon).toBeUndefined();
  });
});

describe('files without a signature', () => {
  // Random bytes that are not text: all an encrypted andOTP backup is.
  const noise = Uint8Array.from({ length: 200 }, (_, i) => (i * 151 + 17) % 256 | 0x80);

  it('asks for a password, naming the one format it could be', async () => {
    const error = await importError(parseImport({ data: noise }));
    expect(error.code).toBe('needs-password');
    expect(error.message).toContain('andOTP');
  });

  it('says a password that opens nothing may also mean another kind of file', async () => {
    const error = await importError(parseImport({ data: noise }, { password: 'secret' }));
    expect(error.code).toBe('wrong-password');
    expect(error.message).toContain('not an andOTP backup');
  });

  it('refuses a recognisable image with advice instead of asking for a password', async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...noise]);
    const error = await importError(parseImport({ data: png }));
    expect(error.code).toBe('unsupported-format');
    expect(error.message).toContain('QR code');
  });

  it('refuses encrypted Authenticator extension backups with advice', async () => {
    const backup = JSON.stringify({ a: { dataType: 'EncOTPStorage', keyId: 'k', data: 'U2FsdGVkX1' }, k: { dataType: 'Key', salt: 's', hash: 'h' } });
    const error = await importError(parseImport({ data: backup }, { password: 'secret' }));
    expect(error).toMatchObject({ code: 'unsupported-format', message: expect.stringContaining('export again') });
  });

  it('refuses a list longer than the entry cap as malformed', async () => {
    const list = `${'otpauth://totp/x?secret=JBSWY3DPEHPK3PXP\n'.repeat(20_001)}`;
    expect((await importError(parseImport({ data: list }))).code).toBe('malformed');
  });
});
