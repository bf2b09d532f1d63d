/**
 * Password → key-encryption key (KEK). Argon2id runs in WebAssembly
 * (hash-wasm); PBKDF2-HMAC-SHA256 through WebCrypto is the fallback where
 * WebAssembly is unavailable.
 */
import { argon2id } from 'hash-wasm';
import { base64ToBytes, utf8Encode, type Bytes } from './bytes';
import { AES_KEY_BYTES, importAesKey } from './crypto';
import { ARGON2ID_TARGET, PBKDF2_TARGET, withFreshSalt, type KdfCost, type KdfParams } from './kdf-params';

/**
 * NFKC first, so the same password typed on another keyboard or OS (composed
 * vs decomposed accents, full-width forms) gives the same key.
 */
function passwordBytes(password: string): Bytes {
  return utf8Encode(password.normalize('NFKC'));
}

export async function deriveKek(password: string, params: KdfParams): Promise<Bytes> {
  const salt = base64ToBytes(params.salt);
  if (!salt) throw new TypeError('KDF salt is not base64');
  const secret = passwordBytes(password);
  try {
    if (params.algorithm === 'argon2id') {
      const kek = await argon2id({
        password: secret,
        salt,
        memorySize: params.memoryKiB,
        iterations: params.iterations,
        parallelism: params.parallelism,
        hashLength: AES_KEY_BYTES,
        outputType: 'binary',
      });
      return new Uint8Array(kek);
    }
    const material = await crypto.subtle.importKey('raw', secret, 'PBKDF2', false, ['deriveBits']);
    const bits = await crypto.subtle.deriveBits(
      { name: 'PBKDF2', hash: 'SHA-256', salt, iterations: params.iterations },
      material,
      AES_KEY_BYTES * 8,
    );
    return new Uint8Array(bits);
  } finally {
    secret.fill(0);
  }
}

/** The KEK as a non-extractable AES-GCM key; the raw bytes are wiped once imported. */
export async function deriveKekKey(password: string, params: KdfParams): Promise<CryptoKey> {
  const raw = await deriveKek(password, params);
  try {
    return await importAesKey(raw);
  } finally {
    raw.fill(0);
  }
}

let argon2Probe: Promise<boolean> | undefined;

/** Whether hash-wasm can run here (a page CSP without 'wasm-unsafe-eval' forbids it). Probed once. */
export function argon2idAvailable(): Promise<boolean> {
  argon2Probe ??= argon2id({
    password: 'probe',
    salt: new Uint8Array(8),
    memorySize: 8,
    iterations: 1,
    parallelism: 1,
    hashLength: 4,
    outputType: 'binary',
  }).then(
    () => true,
    () => false,
  );
  return argon2Probe;
}

/** The cost new slots and files get here: Argon2id's target, or PBKDF2's where WASM cannot run. */
export async function targetKdfCost(): Promise<KdfCost> {
  return (await argon2idAvailable()) ? ARGON2ID_TARGET : PBKDF2_TARGET;
}

/** Parameters for a new slot or file: the target cost with a fresh salt. */
export async function defaultKdfParams(): Promise<KdfParams> {
  return withFreshSalt(await targetKdfCost());
}
