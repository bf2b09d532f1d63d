/**
 * Test images drawn from scratch: a page-coloured canvas with QR codes (encoded
 * by uqr) painted where a test wants them, as RGBA like a screen capture.
 */
import { encode } from 'uqr';
import type { RgbaImage } from '../../../utils/qr/image';

export interface MutableImage extends RgbaImage {
  readonly data: Uint8ClampedArray<ArrayBuffer>;
}

export function blankImage(width: number, height: number, grey = 250): MutableImage {
  const data = new Uint8ClampedArray(width * height * 4).fill(grey);
  for (let i = 3; i < data.length; i += 4) data[i] = 255;
  return { width, height, data };
}

export interface QrPlacement {
  x: number;
  y: number;
  /** Screen pixels per QR module. */
  moduleSize: number;
  /** Light modules on a dark ground. */
  inverted?: boolean;
}

/** Paints the code with its 4-module quiet zone at (x, y); returns the painted size in pixels. */
export function drawQr(image: MutableImage, text: string, { x, y, moduleSize, inverted = false }: QrPlacement): number {
  const { data: modules } = encode(text, { ecc: 'M', border: 4 });
  const size = modules.length * moduleSize;
  for (let py = 0; py < size; py++) {
    const row = modules[Math.floor(py / moduleSize)]!;
    for (let px = 0; px < size; px++) {
      const dark = row[Math.floor(px / moduleSize)]! !== inverted;
      const at = ((y + py) * image.width + x + px) * 4;
      if (x + px >= image.width || y + py >= image.height) continue;
      image.data.fill(dark ? 20 : 255, at, at + 3);
    }
  }
  return size;
}

/** A deterministic "page": text-like grey bars and ±amplitude noise, so codes are not alone on white. */
export function busyPage(width: number, height: number, seed = 1, amplitude = 8): MutableImage {
  const image = blankImage(width, height, 245);
  let state = seed;
  const random = () => ((state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  for (let line = 40; line < height - 20; line += 28) {
    for (let word = 30; word < width - 60; word += 40 + Math.floor(random() * 60)) {
      const length = 20 + Math.floor(random() * 50);
      fillRect(image, word, line, Math.min(length, width - word), 10, 90);
    }
  }
  for (let i = 0; i < image.data.length; i += 4) {
    const delta = Math.round((random() - 0.5) * 2 * amplitude);
    for (let c = 0; c < 3; c++) image.data[i + c] = image.data[i + c]! + delta;
  }
  return image;
}

export function fillRect(image: MutableImage, x: number, y: number, width: number, height: number, grey: number): void {
  for (let row = y; row < Math.min(image.height, y + height); row++) {
    for (let col = x; col < Math.min(image.width, x + width); col++) image.data.fill(grey, (row * image.width + col) * 4, (row * image.width + col) * 4 + 3);
  }
}

/** A box blur of the given radius (a code seen out of focus, or scaled down by the page). */
export function blur(image: MutableImage, radius: number): MutableImage {
  const out = blankImage(image.width, image.height);
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      let sum = 0;
      let count = 0;
      for (let dy = -radius; dy <= radius; dy++) {
        for (let dx = -radius; dx <= radius; dx++) {
          const sx = Math.min(image.width - 1, Math.max(0, x + dx));
          const sy = Math.min(image.height - 1, Math.max(0, y + dy));
          sum += image.data[(sy * image.width + sx) * 4]!;
          count++;
        }
      }
      out.data.fill(Math.round(sum / count), (y * image.width + x) * 4, (y * image.width + x) * 4 + 3);
    }
  }
  return out;
}
