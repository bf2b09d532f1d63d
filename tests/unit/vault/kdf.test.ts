import { describe, expect, it } from 'vitest';
import { bytesToBase64, utf8Encode } from '../../../utils/vault/bytes';
import { isErrorCode } from '../../../utils/errors';
import { argon2idAvailable, defaultKdfParams, deriveKek } from '../../../utils/vault/kdf';
import {
  ARGON2ID_FLOOR,
  ARGON2ID_TARGET,
  PBKDF2_TARGET,
  assertAtFloor,
  kdfBelowTarget,
  parseKdfParams,
  type KdfCost,
  type KdfParams,
} from '../../../utils/vault/kdf-params';
import { hex, kat } from './helpers/kat';

const salt32 = bytesToBase64(new Uint8Array(32).fill(7));

describe('deriveKek against the known-answer vectors', () => {
  it.each(kat.argon2id.vectors)(
    'Argon2id t=$t m=$m_kib p=$p password=$password salt=$salt',
    async (vector) => {
      const params: KdfParams = {
        algorithm: 'argon2id',
        memoryKiB: vector.m_kib,
        iterations: vector.t,
        parallelism: vector.p,
        salt: bytesToBase64(utf8Encode(vector.salt)),
      };
      expect(hex(await deriveKek(vector.password, params))).toBe(vector.tag);
    },
    20_000,
  );

  // The KEK is 32 bytes; PBKDF2's first 32 output bytes do not depend on the requested length.
  it.each(kat.pbkdf2.vectors.filter((vector) => vector.hash === 'SHA-256'))(
    'PBKDF2-SHA256 c=$c P=$P S=$S (first 32 bytes)',
    async (vector) => {
      const params: KdfParams = { algorithm: 'pbkdf2-sha256', iterations: vector.c, salt: bytesToBase64(utf8Encode(vector.S)) };
      expect(hex(await deriveKek(vector.P, params))).toBe(vector.DK.slice(0, 64));
    },
  );
});

describe('password normalisation', () => {
  const params: KdfParams = { ...ARGON2ID_FLOOR, memoryKiB: 64, iterations: 1, salt: salt32 };

  it('derives the same key from composed and decomposed forms (NFKC)', async () => {
    const composed = await deriveKek('caf\u00e9 \uff21', params); // é, full-width A
    const decomposed = await deriveKek('cafe\u0301 A', params); // e + combining acute, ASCII A
    expect(hex(composed)).toBe(hex(decomposed));
  });

  it('still tells different passwords apart', async () => {
    expect(hex(await deriveKek('cafe', params))).not.toBe(hex(await deriveKek('caf\u00e9', params)));
  });
});

describe('assertAtFloor', () => {
  it.each<KdfCost>([ARGON2ID_FLOOR, ARGON2ID_TARGET, PBKDF2_TARGET])('accepts %j', (cost) => {
    expect(() => assertAtFloor(cost)).not.toThrow();
  });

  it.each<KdfCost>([
    { ...ARGON2ID_FLOOR, memoryKiB: ARGON2ID_FLOOR.memoryKiB - 1 },
    { ...ARGON2ID_FLOOR, iterations: 1 },
    { ...ARGON2ID_FLOOR, parallelism: 0 },
    { algorithm: 'pbkdf2-sha256', iterations: 599_999 },
  ])('refuses %j with weak-kdf', (cost) => {
    let thrown: unknown;
    try {
      assertAtFloor(cost);
    } catch (error) {
      thrown = error;
    }
    expect(isErrorCode(thrown, 'weak-kdf')).toBe(true);
  });
});

describe('kdfBelowTarget', () => {
  it.each<[string, KdfCost, KdfCost, boolean]>([
    ['floor Argon2id vs Argon2id target', ARGON2ID_FLOOR, ARGON2ID_TARGET, true],
    ['Argon2id at target', ARGON2ID_TARGET, ARGON2ID_TARGET, false],
    ['more memory but fewer lanes', { ...ARGON2ID_TARGET, memoryKiB: 131_072, parallelism: 1 }, ARGON2ID_TARGET, true],
    ['above target', { ...ARGON2ID_TARGET, iterations: 4 }, ARGON2ID_TARGET, false],
    ['PBKDF2 once Argon2id is the target', PBKDF2_TARGET, ARGON2ID_TARGET, true],
    ['PBKDF2 at the PBKDF2 target', PBKDF2_TARGET, PBKDF2_TARGET, false],
    ['PBKDF2 below the PBKDF2 target', { algorithm: 'pbkdf2-sha256', iterations: 100_000 }, PBKDF2_TARGET, true],
    ['Argon2id never "raised" to PBKDF2', ARGON2ID_FLOOR, PBKDF2_TARGET, false],
  ])('%s → %s', (_name, params, target, expected) => {
    expect(kdfBelowTarget(params, target)).toBe(expected);
  });
});

describe('parseKdfParams (parameters read from storage or a file)', () => {
  it('keeps valid parameters and drops unknown fields', () => {
    expect(parseKdfParams({ ...ARGON2ID_TARGET, salt: salt32, extra: 1 })).toEqual({ ...ARGON2ID_TARGET, salt: salt32 });
    expect(parseKdfParams({ ...PBKDF2_TARGET, salt: salt32 })).toEqual({ ...PBKDF2_TARGET, salt: salt32 });
  });

  it.each([
    ['4 GiB of memory', { ...ARGON2ID_TARGET, memoryKiB: 4 * 1024 * 1024, salt: salt32 }],
    ['a thousand passes', { ...ARGON2ID_TARGET, iterations: 1000, salt: salt32 }],
    ['less than 8 KiB per lane', { ...ARGON2ID_TARGET, memoryKiB: 16, parallelism: 4, salt: salt32 }],
    ['fractional cost', { ...ARGON2ID_TARGET, iterations: 2.5, salt: salt32 }],
    ['a billion PBKDF2 iterations', { algorithm: 'pbkdf2-sha256', iterations: 1e9, salt: salt32 }],
    ['a short salt', { ...ARGON2ID_TARGET, salt: bytesToBase64(new Uint8Array(8)) }],
    ['a salt that is not base64', { ...ARGON2ID_TARGET, salt: 'not base64!' }],
    ['an unknown algorithm', { algorithm: 'scrypt', iterations: 3, salt: salt32 }],
    ['a string', 'argon2id'],
  ])('refuses %s', (_name, value) => {
    expect(parseKdfParams(value)).toBeUndefined();
  });
});

describe('defaultKdfParams', () => {
  it('is Argon2id at the target with a fresh 32-byte salt where WebAssembly runs', async () => {
    expect(await argon2idAvailable()).toBe(true);
    const first = await defaultKdfParams();
    const second = await defaultKdfParams();
    expect(first).toMatchObject(ARGON2ID_TARGET);
    expect(atob(first.salt)).toHaveLength(32);
    expect(first.salt).not.toBe(second.salt);
  });
});
