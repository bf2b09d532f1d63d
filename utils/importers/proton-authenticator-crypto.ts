import { aesGcmDecrypt, argon2idKey } from './crypto';
import { base64ToBytes, utf8Bytes, utf8Text } from './encoding';
import { ImportError } from './errors';
import { parseJsonPayload } from './json';

const WHAT = 'Proton Authenticator';
const NONCE_LENGTH = 12;
const ADDITIONAL_DATA = 'proton.authenticator.export.v1';
const KDF = { iterations: 2, memoryKiB: 19 * 1024, parallelism: 1 };

/**
 * Password-protected Proton Authenticator export: Argon2id(password, salt)
 * keys AES-256-GCM over `nonce(12)‖ciphertext‖tag`, with a fixed AAD. The
 * plaintext is the plain export. (No real sample exists; see the synthetic test.)
 */
export async function decryptProtonExport(salt: string, content: string, password: string): Promise<unknown> {
  const sealed = base64ToBytes(content, WHAT);
  const key = await argon2idKey(utf8Bytes(password), base64ToBytes(salt, WHAT), KDF);
  const plaintext = await aesGcmDecrypt(key, sealed.slice(0, NONCE_LENGTH), sealed.slice(NONCE_LENGTH), utf8Bytes(ADDITIONAL_DATA));
  const text = plaintext && utf8Text(plaintext);
  if (text === undefined) throw new ImportError('wrong-password');
  return parseJsonPayload(text, WHAT);
}
