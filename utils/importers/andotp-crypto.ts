import { aesGcmDecrypt, pbkdf2, sha256 } from './crypto';
import { utf8Bytes, utf8Text } from './encoding';
import type { Bytes } from './encoding';
import { ImportError } from './errors';
import { parseJsonPayload } from './json';
import { t } from '../i18n/translate';

const WHAT = 'andOTP';
const SALT_LENGTH = 12;
const NONCE_LENGTH = 12;
const TAG_LENGTH = 16;
// andOTP picks 140,000-160,000; anything outside this range is not the current layout.
const ITERATION_RANGE = { min: 1_000, max: 5_000_000 };

/** Bytes that could be an andOTP backup: it has no magic, only a minimum length. */
export function couldBeAndOtpBackup(bytes: Uint8Array): boolean {
  return bytes.length >= NONCE_LENGTH + TAG_LENGTH;
}

/**
 * andOTP's two encrypted layouts, both AES-256-GCM:
 * current `[u32 BE iterations][12 B salt][12 B nonce][ct‖tag]`, key PBKDF2-HMAC-SHA1;
 * old `[12 B nonce][ct‖tag]`, key SHA-256(password).
 * Nothing tells them apart but trying; if neither opens, the password is wrong.
 */
export async function decryptAndOtpBackup(bytes: Bytes, password: string): Promise<unknown> {
  const text = (await openCurrent(bytes, password)) ?? (await openOld(bytes, password));
  if (text === undefined) throw new ImportError('wrong-password', t('errors.import.wrongPasswordAndotp'));
  return parseJsonPayload(text, WHAT);
}

async function openCurrent(bytes: Bytes, password: string): Promise<string | undefined> {
  const header = 4 + SALT_LENGTH + NONCE_LENGTH;
  if (bytes.length < header + TAG_LENGTH) return undefined;
  const iterations = new DataView(bytes.buffer, bytes.byteOffset).getUint32(0);
  if (iterations < ITERATION_RANGE.min || iterations > ITERATION_RANGE.max) return undefined;
  const key = await pbkdf2(utf8Bytes(password), bytes.slice(4, 4 + SALT_LENGTH), iterations, 'SHA-1');
  const plaintext = await aesGcmDecrypt(key, bytes.slice(4 + SALT_LENGTH, header), bytes.slice(header));
  return plaintext && utf8Text(plaintext);
}

async function openOld(bytes: Bytes, password: string): Promise<string | undefined> {
  const key = await sha256(utf8Bytes(password));
  const plaintext = await aesGcmDecrypt(key, bytes.slice(0, NONCE_LENGTH), bytes.slice(NONCE_LENGTH));
  return plaintext && utf8Text(plaintext);
}
