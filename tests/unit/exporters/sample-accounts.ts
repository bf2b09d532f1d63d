/**
 * Canonical accounts for export tests: every type and algorithm, names that
 * need escaping, a note, sites, a pin and an image icon.
 */
import fc from 'fast-check';
import type { StoredAccount } from '../../../utils/accounts/model';
import { validateAccount } from '../../../utils/otp/validate';
import type { OtpAccount } from '../../../utils/otp/account';

// A 1×1 transparent PNG.
export const TINY_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

function stored(otp: Partial<OtpAccount> & { secret: string }, extra: Partial<StoredAccount> = {}): StoredAccount {
  return {
    ...validateAccount(otp),
    id: crypto.randomUUID(),
    createdAt: 1_700_000_000_000,
    pinned: false,
    sites: [],
    icon: { kind: 'auto' },
    note: '',
    ...extra,
  };
}

export const SAMPLE_ACCOUNTS: StoredAccount[] = [
  stored(
    { issuer: 'Example Bank', label: 'alice@example.com', secret: 'JBSWY3DPEHPK3PXP' },
    { pinned: true, note: 'Recovery: ask the branch', sites: [{ origin: 'https://bank.example', match: 'origin' }] },
  ),
  stored({ type: 'hotp', issuer: 'Acme & Co', label: 'bob+2fa@acme.test', secret: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', counter: 42, digits: 8 }),
  stored({ issuer: '', label: 'a:b', secret: 'KRSXG5CTMVRXEZLUKN2XAZLSKNSWG4TFOQ', algorithm: 'SHA256', period: 60 }),
  stored({ issuer: 'Ünïcödé 🔐', label: 'José', secret: 'MFRGGZDFMZTWQ2LK', algorithm: 'SHA512', digits: 8 }, {
    icon: { kind: 'image', dataUrl: `data:image/png;base64,${TINY_PNG}` },
  }),
  stored({ type: 'steam', issuer: 'Steam', label: 'gamer', secret: 'RMPTUXD6TUHSWTDORIOT6W34TYFCYTTP' }),
];

/** The OTP fields an import must give back unchanged. */
export function otpFields(account: OtpAccount): OtpAccount {
  const { type, issuer, label, secret, algorithm, digits, period, counter } = account;
  return { type, issuer, label, secret, algorithm, digits, period, counter };
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
// Printable names with the characters links and JSON must escape; trimmed like the vault keeps them.
const name = fc.string({ unit: fc.constantFrom(...'ab Z:/?#&=%+@"\\é🔐'.split(/(?:)/u)), maxLength: 24 }).map((text) => text.trim());

/** Random valid accounts, as they would be in the vault. */
export const storedAccountArbitrary: fc.Arbitrary<StoredAccount> = fc
  .record({
    type: fc.constantFrom('totp', 'hotp', 'steam') as fc.Arbitrary<OtpAccount['type']>,
    issuer: name,
    label: name,
    // Whole bytes of key (a multiple of 8 characters), so byte-based formats give back the same text.
    secret: fc.constantFrom(16, 24, 32).chain((length) => fc.string({ unit: fc.constantFrom(...BASE32), minLength: length, maxLength: length })),
    algorithm: fc.constantFrom('SHA1', 'SHA256', 'SHA512') as fc.Arbitrary<OtpAccount['algorithm']>,
    digits: fc.constantFrom(6, 7, 8),
    period: fc.constantFrom(15, 30, 60),
    counter: fc.nat({ max: 1_000_000 }),
    note: fc.string({ maxLength: 40 }).map((text) => text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '').trim()),
  })
  .map(({ note, ...otp }) => stored(otp, { note }));
