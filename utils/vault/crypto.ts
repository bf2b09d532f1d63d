/**
 * Primitives: AES-256-GCM through WebCrypto (`globalThis.crypto.subtle`, present
 * in the MV3 service worker and in Node 20), random bytes and SHA-256.
 * This layer knows nothing of passwords or records; it only says whether a
 * ciphertext authenticated, and the layers above decide what that means.
 */
import type { Bytes } from './bytes';

export const AES_KEY_BYTES = 32;
export const GCM_IV_BYTES = 12;
export const GCM_TAG_BYTES = 16;

/**
 * The GCM tag did not verify: wrong key, or the IV, ciphertext, tag or
 * additional data changed. Never shown to users; callers map it to a VaultError.
 */
export class AuthenticationFailed extends Error {
  override name = 'AuthenticationFailed';
  constructor() {
    super('AES-GCM authentication failed');
  }
}

export interface GcmSealed {
  iv: Bytes;
  /** Ciphertext followed by the 16-byte tag, as WebCrypto returns it. */
  ciphertext: Bytes;
}

export function randomBytes(length: number): Bytes {
  return crypto.getRandomValues(new Uint8Array(length));
}

export function generateDataKeyBytes(): Bytes {
  return randomBytes(AES_KEY_BYTES);
}

/** Non-extractable: once imported, script can use the key but never read it back. */
export async function importAesKey(raw: Bytes): Promise<CryptoKey> {
  if (raw.length !== AES_KEY_BYTES) throw new RangeError(`AES-256 key must be ${AES_KEY_BYTES} bytes`);
  return crypto.subtle.importKey('raw', raw, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
}

/** A fresh random IV every call: GCM is broken by IV reuse under one key. */
export async function aesGcmEncrypt(key: CryptoKey, plaintext: Bytes, additionalData: Bytes): Promise<GcmSealed> {
  const iv = randomBytes(GCM_IV_BYTES);
  const ciphertext = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData }, key, plaintext);
  return { iv, ciphertext: new Uint8Array(ciphertext) };
}

export async function aesGcmDecrypt(key: CryptoKey, sealed: GcmSealed, additionalData: Bytes): Promise<Bytes> {
  try {
    const plaintext = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: sealed.iv, additionalData },
      key,
      sealed.ciphertext,
    );
    return new Uint8Array(plaintext);
  } catch (error) {
    // WebCrypto reports a tag mismatch (and only that, for a valid key and IV) as OperationError.
    if ((error as { name?: unknown } | null)?.name === 'OperationError') throw new AuthenticationFailed();
    throw error;
  }
}

/**
 * A checksum for telling accidental damage from a wrong password. It is not a
 * security control (anyone who can edit the data can recompute it); the GCM tag is.
 */
export async function sha256(data: Bytes): Promise<Bytes> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', data));
}
