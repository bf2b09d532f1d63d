import { aesCbcDecrypt, aesGcmDecrypt, argon2idKey, pbkdf2 } from './crypto';
import { startsWithAscii, utf8Bytes, utf8Text } from './encoding';
import type { Bytes } from './encoding';
import { ImportError } from './errors';
import { parseJsonPayload } from './json';

const WHAT = 'Stratum';

/**
 * Stratum (Authenticator Pro) encrypted backups, told apart by their magic:
 * strong: "AUTHENTICATORPRO" + salt(16) + iv(12) + AES-256-GCM ct‖tag, key Argon2id(t=3, m=64 MiB, p=4);
 * legacy: "AuthenticatorPro" + salt(20) + iv(16) + AES-256-CBC, key PBKDF2-HMAC-SHA1(64,000).
 */
const STRONG = { magic: 'AUTHENTICATORPRO', salt: 16, iv: 12, kdf: { iterations: 3, memoryKiB: 64 * 1024, parallelism: 4 } };
const LEGACY = { magic: 'AuthenticatorPro', salt: 20, iv: 16, iterations: 64_000 };

export function isStratumEncrypted(bytes: Uint8Array): boolean {
  return startsWithAscii(bytes, STRONG.magic) || startsWithAscii(bytes, LEGACY.magic);
}

export async function decryptStratumBackup(bytes: Bytes, password: string): Promise<unknown> {
  const strong = startsWithAscii(bytes, STRONG.magic);
  const layout = strong ? STRONG : LEGACY;
  const saltEnd = layout.magic.length + layout.salt;
  const salt = bytes.slice(layout.magic.length, saltEnd);
  const iv = bytes.slice(saltEnd, saltEnd + layout.iv);
  const ciphertext = bytes.slice(saltEnd + layout.iv);
  const plaintext = strong
    ? await aesGcmDecrypt(await argon2idKey(utf8Bytes(password), salt, STRONG.kdf), iv, ciphertext)
    : await aesCbcDecrypt(await pbkdf2(utf8Bytes(password), salt, LEGACY.iterations, 'SHA-1'), iv, ciphertext);
  // CBC has no tag: a wrong key shows as bad padding or as bytes that are not text.
  const text = plaintext && utf8Text(plaintext);
  if (text === undefined) throw new ImportError('wrong-password');
  return parseJsonPayload(text, WHAT);
}
