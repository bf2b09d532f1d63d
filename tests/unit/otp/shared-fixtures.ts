import { readFileSync } from 'node:fs';

/** Fixtures shared by the whole team live outside the repo, in /work/shared/fixtures. */
const SHARED_FIXTURES = new URL('../../../../shared/fixtures/', import.meta.url);

export const readSharedText = (path: string): string => readFileSync(new URL(path, SHARED_FIXTURES), 'utf8');
export const readSharedJson = <T>(path: string): T => JSON.parse(readSharedText(path)) as T;

export type Algorithm = 'SHA1' | 'SHA256' | 'SHA512';

/** The parts of kat.json the OTP tests use. */
export interface Kat {
  rfc4226_appendixD_hotp: { secret_base32: string; vectors: { counter: number; hotp: string }[] };
  rfc6238_appendixB_totp: {
    period: number;
    digits: number;
    seeds: Record<Algorithm, { base32: string }>;
    vectors: ({ unix: number } & Record<Algorithm, string>)[];
    six_digit_SHA1_derived: Record<string, string>;
    anti_vectors_20_byte_seed_with_SHA256_SHA512: Record<string, string[] | string>;
  };
  steam_guard: { secret_base32: string; alphabet: string; vectors: { unix: number; code: string }[] };
}

export const kat = readSharedJson<Kat>('kat.json');
