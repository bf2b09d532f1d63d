import { base64ToBytes, bytesToBase64 } from './encoding';
import { MAX_ICON_BYTES } from './limits';
import type { ImportedIcon } from './types';

const RASTER_TYPES: readonly ImportedIcon['mime'][] = ['image/png', 'image/jpeg', 'image/webp'];

/**
 * An entry icon from a backup, if it is a small raster image. SVG is dropped
 * (it is a document that can carry script and links); so is anything that
 * does not decode. An icon never costs the account its import.
 */
export function iconFrom(mime: unknown, base64: unknown): ImportedIcon | undefined {
  if (typeof mime !== 'string' || typeof base64 !== 'string') return undefined;
  const type = RASTER_TYPES.find((candidate) => candidate === mime.trim().toLowerCase());
  if (type === undefined || base64.length > (MAX_ICON_BYTES * 4) / 3 + 4) return undefined;
  try {
    const bytes = base64ToBytes(base64, 'icon');
    return bytes.length > 0 ? { mime: type, data: bytesToBase64(bytes) } : undefined;
  } catch {
    return undefined;
  }
}
