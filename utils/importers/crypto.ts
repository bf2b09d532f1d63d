import { argon2id, scrypt } from 'hash-wasm';
import { ImportError } from './errors';
import type { Bytes } from './encoding';
import { t } from '../i18n/translate';

/**
 * The primitives encrypted backups are built from. Decryption returns
 * undefined when the data does not authenticate (the caller decides whether
 * that means "wrong password" or "damaged"). Key derivation refuses cost
 * parameters far above what any app uses: a hostile file must not make us
 * allocate gigabytes or spin for minutes.
 */
const subtle = () => globalThis.crypto.subtle;

const LIMITS = {
  pbkdf2Iterations: 5_000_000,
  scryptCost: 1 << 20,
  scryptMemoryBytes: 256 * 1024 * 1024,
  argon2Iterations: 16,
  argon2MemoryKiB: 1024 * 1024,
  argon2Parallelism: 16,
};

const tooCostly = () =>
  new ImportError('malformed', t('errors.import.tooMuchWork'));

function requireCost(ok: boolean): void {
  if (!ok) throw tooCostly();
}

const isIntegerIn = (value: number, min: number, max: number) => Number.isInteger(value) && value >= min && value <= max;

async function importAesKey(key: Bytes, name: 'AES-GCM' | 'AES-CBC'): Promise<CryptoKey> {
  if (![16, 24, 32].includes(key.length)) throw new ImportError('malformed');
  return subtle().importKey('raw', key, name, false, ['decrypt']);
}

/** AES-GCM with the 16-byte tag appended to the ciphertext, as WebCrypto wants it. */
export async function aesGcmDecrypt(key: Bytes, iv: Bytes, ciphertextAndTag: Bytes, additionalData?: Bytes): Promise<Bytes | undefined> {
  if (iv.length === 0 || ciphertextAndTag.length < 16) return undefined;
  const cryptoKey = await importAesKey(key, 'AES-GCM');
  const params: AesGcmParams = additionalData ? { name: 'AES-GCM', iv, additionalData } : { name: 'AES-GCM', iv };
  try {
    return new Uint8Array(await subtle().decrypt(params, cryptoKey, ciphertextAndTag));
  } catch {
    return undefined;
  }
}

/** AES-CBC with PKCS#7 padding; a padding error (the usual wrong-key symptom) gives undefined. */
export async function aesCbcDecrypt(key: Bytes, iv: Bytes, ciphertext: Bytes): Promise<Bytes | undefined> {
  if (iv.length !== 16 || ciphertext.length === 0 || ciphertext.length % 16 !== 0) return undefined;
  const cryptoKey = await importAesKey(key, 'AES-CBC');
  try {
    return new Uint8Array(await subtle().decrypt({ name: 'AES-CBC', iv }, cryptoKey, ciphertext));
  } catch {
    return undefined;
  }
}

export async function pbkdf2(password: Bytes, salt: Bytes, iterations: number, hash: 'SHA-1' | 'SHA-256' | 'SHA-512', length = 32): Promise<Bytes> {
  requireCost(isIntegerIn(iterations, 1, LIMITS.pbkdf2Iterations));
  const baseKey = await subtle().importKey('raw', password, 'PBKDF2', false, ['deriveBits']);
  return new Uint8Array(await subtle().deriveBits({ name: 'PBKDF2', salt, iterations, hash }, baseKey, length * 8));
}

export async function sha256(data: Bytes): Promise<Bytes> {
  return new Uint8Array(await subtle().digest('SHA-256', data));
}

export async function hmacSha256(key: Bytes, data: Bytes): Promise<Bytes> {
  const cryptoKey = await subtle().importKey('raw', key, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return new Uint8Array(await subtle().sign('HMAC', cryptoKey, data));
}

/**
 * HKDF-Expand alone (RFC 5869 §2.3) for one 32-byte block: Bitwarden stretches
 * an already uniform key without the extract step, which WebCrypto's HKDF
 * always performs.
 */
export async function hkdfExpandSha256(pseudoRandomKey: Bytes, info: string): Promise<Bytes> {
  const infoBytes = new TextEncoder().encode(info);
  const block = new Uint8Array(infoBytes.length + 1);
  block.set(infoBytes);
  block[infoBytes.length] = 1;
  return hmacSha256(pseudoRandomKey, block);
}

/** Compares MACs without an early exit, so timing does not reveal how much matched. */
export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a[i]! ^ b[i]!;
  return difference === 0;
}

export async function scryptKey(password: Bytes, salt: Bytes, cost: { n: number; r: number; p: number }, length = 32): Promise<Bytes> {
  const powerOfTwo = cost.n > 1 && (cost.n & (cost.n - 1)) === 0;
  requireCost(powerOfTwo && cost.n <= LIMITS.scryptCost && isIntegerIn(cost.r, 1, 32) && isIntegerIn(cost.p, 1, 16));
  requireCost(128 * cost.r * cost.n * cost.p <= LIMITS.scryptMemoryBytes);
  const key = await scrypt({ password, salt, costFactor: cost.n, blockSize: cost.r, parallelism: cost.p, hashLength: length, outputType: 'binary' });
  return new Uint8Array(key);
}

export async function argon2idKey(
  password: Bytes,
  salt: Bytes,
  cost: { iterations: number; memoryKiB: number; parallelism: number },
  length = 32,
): Promise<Bytes> {
  requireCost(
    isIntegerIn(cost.iterations, 1, LIMITS.argon2Iterations) &&
      isIntegerIn(cost.parallelism, 1, LIMITS.argon2Parallelism) &&
      isIntegerIn(cost.memoryKiB, 8 * cost.parallelism, LIMITS.argon2MemoryKiB),
  );
  if (salt.length < 8) throw new ImportError('malformed');
  const key = await argon2id({
    password,
    salt,
    iterations: cost.iterations,
    memorySize: cost.memoryKiB,
    parallelism: cost.parallelism,
    hashLength: length,
    outputType: 'binary',
  });
  return new Uint8Array(key);
}
