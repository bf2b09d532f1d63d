import { readFileSync } from 'node:fs';
import path from 'node:path';

interface Kat {
  pbkdf2: { vectors: { hash: string; P: string; S: string; c: number; dkLen: number; DK: string }[] };
  argon2id: { vectors: { t: number; m_kib: number; p: number; password: string; salt: string; tag: string }[] };
  aes_256_gcm: { vectors: { key: string; iv: string; aad: string; pt: string; ct: string; tag: string }[] };
}

/** The shared known-answer vectors, read verbatim. */
export const kat = JSON.parse(
  readFileSync(path.resolve(process.cwd(), '../shared/fixtures/kat.json'), 'utf8'),
) as Kat;

export function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Reads kat.json's byte notation: plain hex, or "00 x32" for 32 zero bytes. */
export function katBytes(text: string): Uint8Array<ArrayBuffer> {
  const repeated = /^([0-9a-f]{2}) x(\d+)$/i.exec(text);
  if (repeated) return new Uint8Array(Number(repeated[2])).fill(parseInt(repeated[1]!, 16));
  return Uint8Array.from(text.match(/../g) ?? [], (pair) => parseInt(pair, 16));
}
