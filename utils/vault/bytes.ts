/**
 * Byte helpers shared by the vault layers. `Bytes` is pinned to a plain
 * ArrayBuffer because WebCrypto refuses views over SharedArrayBuffer.
 */
export type Bytes = Uint8Array<ArrayBuffer>;

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

// One of each, shared: a 10,000-account import or unlock makes tens of thousands of calls.
const encoder = new TextEncoder();
const strictDecoder = new TextDecoder('utf-8', { fatal: true });

/**
 * The platform's own base64 (Chromium 140+, Firefox 133+): 30–50× faster than
 * going through a binary string, which is most of sealing a 10,000-account
 * import. Absent (Node 20, older browsers): the binary-string path below.
 */
interface NativeBase64 {
  toBase64?: (this: Uint8Array) => string;
}
const nativeToBase64 = (Uint8Array.prototype as NativeBase64).toBase64;
const nativeFromBase64 = (Uint8Array as unknown as { fromBase64?: (text: string) => Uint8Array<ArrayBuffer> }).fromBase64;

export function utf8Encode(text: string): Bytes {
  return encoder.encode(text);
}

/** Fails on malformed UTF-8 instead of silently inserting U+FFFD. */
export function utf8Decode(bytes: Bytes): string {
  return strictDecoder.decode(bytes);
}

export function bytesToBase64(bytes: Bytes): string {
  if (nativeToBase64) return nativeToBase64.call(bytes);
  let binary = '';
  // Chunked so a large record does not overflow the argument list of fromCharCode;
  // `apply` over the typed array, not a spread (which walks an iterator: several times slower).
  for (let start = 0; start < bytes.length; start += 0x8000) {
    binary += String.fromCharCode.apply(null, bytes.subarray(start, start + 0x8000) as unknown as number[]);
  }
  return btoa(binary);
}

/** Strict standard base64 (padded); anything else is `undefined`, for the caller to report. */
export function base64ToBytes(text: unknown): Bytes | undefined {
  // Checked here first: the native decoder also accepts whitespace and missing padding.
  if (typeof text !== 'string' || !BASE64.test(text)) return undefined;
  if (nativeFromBase64) return nativeFromBase64(text);
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}
