import { base64ToBytes, bytesToBase64 } from '../../../../utils/vault/bytes';

/** Flips one bit of the byte at `index` (negative counts from the end) in a base64 field. */
export function flipByte(base64: string, index: number): string {
  const bytes = base64ToBytes(base64);
  if (!bytes) throw new TypeError('not base64');
  const at = index < 0 ? bytes.length + index : index;
  bytes[at] = bytes[at]! ^ 0x01;
  return bytesToBase64(bytes);
}
