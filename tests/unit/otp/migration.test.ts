import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { OtpAccount } from '../../../utils/otp/account';
import { bytesToBase32 } from '../../../utils/otp/base32';
import { OtpError } from '../../../utils/otp/errors';
import type { OtpErrorCode } from '../../../utils/otp/errors';
import { MAX_MIGRATION_URI_LENGTH, parseMigrationUri, toMigrationUris } from '../../../utils/otp/migration';
import { ProtobufWriter, readMessage } from '../../../utils/otp/protobuf';
import { accountArbitrary } from './account-arbitrary';
import { expectOtpError } from './expect-otp-error';
import { readSharedJson, readSharedText } from './shared-fixtures';

const FIXTURES = 'imports/google_authenticator/';

interface ExpectedEntry {
  file: string;
  type: 'totp' | 'hotp';
  issuer: string;
  name: string;
  secret: string;
  algorithm: OtpAccount['algorithm'];
  digits: number;
  period?: number;
  counter?: number;
}

const expected = readSharedJson<ExpectedEntry[]>(`${FIXTURES}EXPECTED.json`);
const qrPayloads = readSharedJson<Record<string, string>>(`${FIXTURES}QR_PAYLOADS.json`);

/** The export links a fixture holds: the lines of a .txt, or the decoded QR code of an image. */
function linksOf(file: string): string[] {
  if (file.endsWith('.txt')) return readSharedText(FIXTURES + file).split('\n').filter((line) => line.startsWith('otpauth-migration:'));
  const payload = qrPayloads[file.slice(file.lastIndexOf('/') + 1)];
  if (payload === undefined) throw new Error(`No QR payload for ${file}`);
  return [payload];
}

const asAccount = (entry: ExpectedEntry): OtpAccount => ({
  type: entry.type,
  issuer: entry.issuer,
  // validateAccount trims names; EXPECTED.json keeps one raw trailing space ("Google4 code ").
  label: entry.name.trim(),
  secret: entry.secret,
  algorithm: entry.algorithm,
  digits: entry.digits,
  period: entry.period ?? 30,
  counter: entry.counter ?? 0,
});

// The Aegis fixture is Google Authenticator's SQLite database, not an export link: the importers read it.
const exportFiles = [...new Set(expected.map((entry) => entry.file))].filter((file) => !file.endsWith('.sqlite'));

describe('parseMigrationUri on real exports', () => {
  it('covers every export fixture but the database', () => {
    expect(exportFiles).toHaveLength(9);
  });

  it.each(exportFiles)('%s decodes exactly as EXPECTED.json says', (file) => {
    const imports = linksOf(file).map(parseMigrationUri);
    expect(imports.flatMap((result) => result.errors)).toEqual([]);
    expect(imports.flatMap((result) => result.accounts)).toEqual(expected.filter((entry) => entry.file === file).map(asAccount));
  });

  it('reads the batch position and id', () => {
    expect(parseMigrationUri(linksOf('proton-pass-common/GoogleAuthenticatorExport_1.png')[0]!).batch).toEqual({ index: 1, size: 3, id: 0 });
    expect(parseMigrationUri(linksOf('Stratum/googleauthenticator.txt')[0]!).batch).toEqual({ index: 0, size: 1, id: -2115474809 });
  });

  it("keeps raw '+' and '/' as base64, and reads a '+' that became a space as '+'", () => {
    const link = linksOf('extract_otp_secrets/test_plus_problem_export.txt')[0]!;
    expect(link).toMatch(/\+/);
    const secrets = parseMigrationUri(link).accounts.map((account) => account.secret);
    expect(secrets[1]).toBe('SCDDZ7PW5MOZLE3PQCAZM7L4S35K3UDX');
    expect(parseMigrationUri(link.replace(/\+/g, ' ')).accounts.map((account) => account.secret)).toEqual(secrets);
  });
});

/** One OtpParameters entry, GA defaults unless overridden. */
const entry = (fields: { secret?: Uint8Array; name?: string; issuer?: string; algorithm?: number; digits?: number; type?: number; counter?: number }) => {
  const writer = new ProtobufWriter()
    .bytes(1, fields.secret ?? Uint8Array.from([1, 2, 3, 4, 5]))
    .string(2, fields.name ?? 'alice')
    .string(3, fields.issuer ?? '')
    .varint(4, fields.algorithm ?? 1)
    .varint(5, fields.digits ?? 1)
    .varint(6, fields.type ?? 2);
  if (fields.counter !== undefined) writer.varint(7, fields.counter);
  return writer.finish();
};
const payloadOf = (entries: Uint8Array[]) => {
  const payload = new ProtobufWriter();
  for (const bytes of entries) payload.bytes(1, bytes);
  return payload.varint(2, 1).finish();
};
const linkOfPayload = (payload: Uint8Array) =>
  `otpauth-migration://offline?data=${encodeURIComponent(btoa(String.fromCharCode(...payload)))}`;
const linkOf = (entries: Uint8Array[]) => linkOfPayload(payloadOf(entries));

describe('parseMigrationUri with entries it cannot import', () => {
  it.each([
    ['MD5', { algorithm: 4 }, /MD5/],
    ['an unknown algorithm', { algorithm: 9 }, /algorithm/],
    ['an unknown digit count', { digits: 3 }, /code length/],
    ['an unspecified type', { type: 0 }, /code type/],
    ['an empty secret', { secret: new Uint8Array() }, /secret key is missing/],
    ['a negative HOTP counter', { type: 1, counter: -1 }, /counter/],
  ])('lists %s as an error next to the good entries', (_, fields, message) => {
    const result = parseMigrationUri(linkOf([entry({ name: 'good' }), entry({ name: 'bad', ...fields }), entry({ name: 'good too' })]));
    expect(result.accounts.map((account) => account.label)).toEqual(['good', 'good too']);
    expect(result.errors).toEqual([{ index: 1, message: expect.stringMatching(message) }]);
    expect(result.errors[0]?.message).toMatch(/^bad: /);
  });

  it('lists a damaged entry as an error', () => {
    const result = parseMigrationUri(linkOf([Uint8Array.from([0x0a, 0x09, 0x01]), entry({})]));
    expect(result.accounts).toHaveLength(1);
    expect(result.errors).toEqual([{ index: 0, message: expect.stringMatching(/^Account 1: .*damaged/) }]);
  });

  it('takes the issuer from the name only when there is no issuer field', () => {
    const result = parseMigrationUri(linkOf([
      entry({ name: 'ACME:bob', issuer: 'ACME' }),
      entry({ name: 'Other:bob', issuer: 'ACME' }),
      entry({ name: 'ACME: bob' }),
      entry({ name: 'a+b c/d' }),
    ]));
    expect(result.accounts.map(({ issuer, label }) => [issuer, label])).toEqual([
      ['ACME', 'bob'],
      ['ACME', 'Other:bob'],
      ['ACME', 'bob'],
      ['', 'a+b c/d'],
    ]);
  });
});

describe('parseMigrationUri refuses', () => {
  const valid = linkOf([entry({})]);
  const cases: [string, string, OtpErrorCode][] = [
    ['an otpauth link', 'otpauth://totp/x?secret=JBSWY3DPEHPK3PXP', 'not-otpauth'],
    ['a web address', 'https://example.com/?data=CgA', 'not-otpauth'],
    ['another host', valid.replace('offline', 'online'), 'invalid-uri'],
    ['a link without data', 'otpauth-migration://offline?version=1', 'invalid-uri'],
    ['empty data', 'otpauth-migration://offline?data=', 'invalid-uri'],
    ['a broken escape', 'otpauth-migration://offline?data=%E0%A4', 'invalid-uri'],
    ['data that is not base64', 'otpauth-migration://offline?data=!!!!', 'invalid-uri'],
    ['a payload cut short', linkOfPayload(payloadOf([entry({})]).slice(0, -3)), 'invalid-uri'],
    ['a link too long to be a QR code', `${valid}&pad=${'A'.repeat(MAX_MIGRATION_URI_LENGTH)}`, 'invalid-uri'],
  ];
  it.each(cases)('%s', (_, uri, code) => {
    expectOtpError(() => parseMigrationUri(uri), code);
  });

  it('random payloads with nothing but OtpError', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
      try {
        parseMigrationUri(linkOfPayload(bytes));
      } catch (error) {
        expect(error).toBeInstanceOf(OtpError);
      }
    }), { numRuns: 1000 });
  });
});

describe('toMigrationUris', () => {
  const compatibleAccount = accountArbitrary({
    types: ['totp', 'hotp'],
    digits: fc.constantFrom(6, 8),
    period: fc.constant(30),
  });

  it('round-trips any account Google Authenticator can hold', () => {
    fc.assert(fc.property(fc.array(compatibleAccount, { maxLength: 25 }), fc.integer({ min: 1, max: 10 }), (accounts, maxPerQr) => {
      const results = toMigrationUris(accounts, maxPerQr).map(parseMigrationUri);
      expect(results.flatMap((result) => result.accounts)).toEqual(accounts);
      expect(results.flatMap((result) => result.errors)).toEqual([]);
    }));
  });

  it('numbers the QR codes of one export and gives them one id', () => {
    const accounts = Array.from({ length: 23 }, (_, index) => ({ ...asAccount(expected[0]!), label: `#${index}` }));
    const batches = toMigrationUris(accounts).map((uri) => parseMigrationUri(uri).batch);
    expect(batches.map(({ index, size }) => [index, size])).toEqual([[0, 3], [1, 3], [2, 3]]);
    expect(new Set(batches.map((batch) => batch.id)).size).toBe(1);
  });

  it('writes the entries byte for byte as Google Authenticator did', () => {
    const original = linksOf('Stratum/googleauthenticator.txt')[0]!;
    const entriesOf = (uri: string) => {
      const data = decodeURIComponent(uri.slice(uri.indexOf('data=') + 5));
      const payload = readMessage(Uint8Array.from(atob(data), (char) => char.charCodeAt(0)));
      return payload.filter((field) => field.number === 1).map((field) => bytesToBase32(field.value as Uint8Array));
    };
    const [rewritten] = toMigrationUris(parseMigrationUri(original).accounts);
    expect(entriesOf(rewritten!)).toEqual(entriesOf(original));
  });

  it('writes nothing for no accounts', () => {
    expect(toMigrationUris([])).toEqual([]);
  });

  const base = asAccount(expected[0]!);
  it.each([
    ['Steam Guard', { ...base, type: 'steam', digits: 5 }, 'invalid-type'],
    ['7 digits', { ...base, digits: 7 }, 'invalid-digits'],
    ['a 60-second period', { ...base, period: 60 }, 'invalid-period'],
  ] as [string, OtpAccount, OtpErrorCode][])('refuses %s, which Google Authenticator cannot hold', (_, account, code) => {
    expect(expectOtpError(() => toMigrationUris([base, account]), code).message).toMatch(/Google Authenticator/);
  });
});
