import { OtpError } from './errors';

/** Standard base64 (RFC 4648 §4) for Google Authenticator export payloads. */

/**
 * Decodes standard or URL-safe base64, padded or not. A space can only be a
 * '+' that a form decoder already mangled on the way in, so it is read as one.
 */
export function base64ToBytes(base64: string, damagedMessage: () => string): Uint8Array {
  const standard = base64.replace(/ /g, '+').replace(/-/g, '+').replace(/_/g, '/');
  let binary: string;
  try {
    binary = atob(standard);
  } catch {
    throw new OtpError('invalid-uri', damagedMessage());
  }
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

export function bytesToBase64(bytes: Uint8Array): string {
  return btoa(Array.from(bytes, (byte) => String.fromCharCode(byte)).join(''));
}
