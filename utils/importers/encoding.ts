import { ImportError } from './errors';
import { t } from '../i18n/translate';

/** Byte arrays we create ourselves: backed by a plain ArrayBuffer, as WebCrypto wants. */
export type Bytes = Uint8Array<ArrayBuffer>;

const damaged = (what: string) => new ImportError('malformed', t('errors.import.malformedApp', { app: what }));

/** Standard base64 (padding optional, whitespace ignored); URL-safe base64 too. */
export function base64ToBytes(text: string, what: string): Bytes {
  let binary: string;
  try {
    binary = atob(text.replace(/\s+/g, '').replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    throw damaged(what);
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  // Chunked: String.fromCharCode(...bytes) overflows the stack on big icons.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function isHex(text: string): boolean {
  return text.length % 2 === 0 && /^[0-9a-f]*$/i.test(text);
}

export function hexToBytes(text: string, what: string): Bytes {
  if (!isHex(text)) throw damaged(what);
  const bytes = new Uint8Array(text.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(text.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

export function utf8Bytes(text: string): Bytes {
  return new TextEncoder().encode(text) as Bytes;
}

/** Strict UTF-8: decrypted payloads that are not text were decrypted with the wrong key. */
export function utf8Text(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

export function concatBytes(...parts: Uint8Array[]): Bytes {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

export function startsWithAscii(bytes: Uint8Array, magic: string): boolean {
  if (bytes.length < magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (bytes[i] !== magic.charCodeAt(i)) return false;
  return true;
}
