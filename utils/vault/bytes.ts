/**
 * Byte helpers shared by the vault layers. `Bytes` is pinned to a plain
 * ArrayBuffer because WebCrypto refuses views over SharedArrayBuffer.
 */
export type Bytes = Uint8Array<ArrayBuffer>;

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export function utf8Encode(text: string): Bytes {
  return new TextEncoder().encode(text);
}

/** Fails on malformed UTF-8 instead of silently inserting U+FFFD. */
export function utf8Decode(bytes: Bytes): string {
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

export function bytesToBase64(bytes: Bytes): string {
  let binary = '';
  // Chunked so a large record does not overflow the argument list of fromCharCode.
  for (let start = 0; start < bytes.length; start += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  }
  return btoa(binary);
}

/** Strict standard base64 (padded); anything else is `undefined`, for the caller to report. */
export function base64ToBytes(text: unknown): Bytes | undefined {
  if (typeof text !== 'string' || !BASE64.test(text)) return undefined;
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}
