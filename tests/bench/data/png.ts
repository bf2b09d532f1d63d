/**
 * PNG → RGBA in Node, for decoding captures with the same QR code the worker
 * runs. pngjs comes bundled in playwright-core (its exported utilsBundle), so
 * the bench adds no dependency for it.
 */
import { createRequire } from 'node:module';
import type { RgbaImage } from '../../../utils/qr/image';

interface PngJs {
  sync: { read(buffer: Buffer): { width: number; height: number; data: Buffer } };
}

const { PNG } = createRequire(import.meta.url)('playwright-core/lib/utilsBundle') as { PNG: PngJs };

export function readPng(png: Buffer): RgbaImage {
  const { width, height, data } = PNG.sync.read(png);
  return { width, height, data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength) };
}
