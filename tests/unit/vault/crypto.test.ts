import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  AuthenticationFailed,
  aesGcmDecrypt,
  aesGcmEncrypt,
  generateDataKeyBytes,
  importAesKey,
} from '../../../utils/vault/crypto';
import { hex, kat, katBytes } from './helpers/kat';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('AES-256-GCM against the known-answer vectors', () => {
  it.each(kat.aes_256_gcm.vectors)('decrypts ct $ct tag $tag', async (vector) => {
    const key = await importAesKey(katBytes(vector.key));
    const ciphertext = katBytes(vector.ct + vector.tag);
    const plaintext = await aesGcmDecrypt(key, { iv: katBytes(vector.iv), ciphertext }, katBytes(vector.aad));
    expect(hex(plaintext)).toBe(hex(katBytes(vector.pt)));
  });

  it.each(kat.aes_256_gcm.vectors)('encrypts to ct $ct tag $tag when the IV is the vector’s', async (vector) => {
    // Pin the "random" IV to the vector's so the output can be compared.
    vi.spyOn(crypto, 'getRandomValues').mockImplementation((array) => {
      (array as Uint8Array).set(katBytes(vector.iv));
      return array;
    });
    const key = await importAesKey(katBytes(vector.key));
    const sealed = await aesGcmEncrypt(key, katBytes(vector.pt), katBytes(vector.aad));
    expect(hex(sealed.iv)).toBe(hex(katBytes(vector.iv)));
    expect(hex(sealed.ciphertext)).toBe(vector.ct + vector.tag);
  });
});

describe('aesGcmEncrypt / aesGcmDecrypt', () => {
  it('uses a fresh 12-byte IV every time', async () => {
    const key = await importAesKey(generateDataKeyBytes());
    const plaintext = new Uint8Array([1, 2, 3]);
    const first = await aesGcmEncrypt(key, plaintext, new Uint8Array());
    const second = await aesGcmEncrypt(key, plaintext, new Uint8Array());
    expect(first.iv).toHaveLength(12);
    expect(hex(first.iv)).not.toBe(hex(second.iv));
    expect(hex(first.ciphertext)).not.toBe(hex(second.ciphertext));
  });

  it('reports a failed tag as AuthenticationFailed (wrong key, changed data, changed additional data)', async () => {
    const key = await importAesKey(generateDataKeyBytes());
    const otherKey = await importAesKey(generateDataKeyBytes());
    const aad = new Uint8Array([9]);
    const sealed = await aesGcmEncrypt(key, new Uint8Array([1, 2, 3]), aad);
    await expect(aesGcmDecrypt(otherKey, sealed, aad)).rejects.toBeInstanceOf(AuthenticationFailed);
    await expect(aesGcmDecrypt(key, sealed, new Uint8Array([8]))).rejects.toBeInstanceOf(AuthenticationFailed);
    const flipped = sealed.ciphertext.slice();
    flipped[0] = flipped[0]! ^ 1;
    await expect(aesGcmDecrypt(key, { iv: sealed.iv, ciphertext: flipped }, aad)).rejects.toBeInstanceOf(
      AuthenticationFailed,
    );
    expect(await aesGcmDecrypt(key, sealed, aad)).toEqual(new Uint8Array([1, 2, 3]));
  });
});

describe('importAesKey', () => {
  it('imports a key that script can use but never read back', async () => {
    const key = await importAesKey(generateDataKeyBytes());
    expect(key.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();
  });

  it('accepts only 32-byte keys', async () => {
    await expect(importAesKey(new Uint8Array(16))).rejects.toThrow(RangeError);
  });
});
