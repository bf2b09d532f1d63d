import { aesGcmDecrypt, pbkdf2 } from './crypto';
import { base64ToBytes, utf8Bytes, utf8Text } from './encoding';
import { ImportError } from './errors';
import { parseJsonPayload } from './json';

const WHAT = '2FAS';
const ITERATIONS = 10_000;

interface Sealed {
  ciphertext: Uint8Array<ArrayBuffer>;
  salt: Uint8Array<ArrayBuffer>;
  iv: Uint8Array<ArrayBuffer>;
}

/** 2FAS writes `base64(ciphertext‖tag):base64(salt):base64(iv)`. */
function unpack(text: string): Sealed {
  const parts = text.split(':');
  if (parts.length !== 3) throw new ImportError('malformed');
  const [ciphertext, salt, iv] = parts.map((part) => base64ToBytes(part, WHAT)) as [Sealed['ciphertext'], Sealed['salt'], Sealed['iv']];
  return { ciphertext, salt, iv };
}

async function open(sealed: Sealed, password: string): Promise<string | undefined> {
  const key = await pbkdf2(utf8Bytes(password), sealed.salt, ITERATIONS, 'SHA-256');
  const plaintext = await aesGcmDecrypt(key, sealed.iv, sealed.ciphertext);
  return plaintext && utf8Text(plaintext);
}

/**
 * Decrypts `servicesEncrypted` with PBKDF2-HMAC-SHA256 + AES-256-GCM. The
 * `reference` (a fixed text sealed the same way) tells a wrong password from
 * a damaged file; without one, a failure is blamed on the password.
 */
export async function decryptTwoFasServices(servicesEncrypted: string, reference: string | undefined, password: string): Promise<unknown> {
  const services = unpack(servicesEncrypted);
  if (reference !== undefined && (await open(unpack(reference), password)) === undefined) throw new ImportError('wrong-password');
  const text = await open(services, password);
  if (text === undefined) throw new ImportError(reference === undefined ? 'wrong-password' : 'malformed');
  return parseJsonPayload(text, WHAT);
}
