/**
 * jsQR, pure JavaScript: the fallback for when WebAssembly cannot run. It
 * returns one code per call, so each code found is painted over and the image
 * read again, until nothing more turns up.
 */
import jsQR from 'jsqr';
import type { DecodedQr, QrEngine } from './decoded-code';
import { boundsOf } from './decoded-code';
import type { PixelRect, RgbaImage } from './image';

const MAX_CODES = 8;

export function createJsqrEngine(): QrEngine {
  return {
    async decode(image: RgbaImage): Promise<DecodedQr[]> {
      const found: DecodedQr[] = [];
      let pixels = image.data;
      while (found.length < MAX_CODES) {
        const code = jsQR(pixels, image.width, image.height);
        // jsQR can "find" an empty code in noise; a real one always has text.
        if (!code || code.data === '') break;
        const { topLeftCorner, topRightCorner, bottomLeftCorner, bottomRightCorner } = code.location;
        const bounds = boundsOf([topLeftCorner, topRightCorner, bottomLeftCorner, bottomRightCorner]);
        found.push({ text: code.data, bounds });
        if (pixels === image.data) pixels = new Uint8ClampedArray(image.data);
        paintWhite(pixels, image.width, image.height, bounds);
      }
      return found;
    },
  };
}

function paintWhite(pixels: Uint8ClampedArray, width: number, height: number, bounds: PixelRect): void {
  const left = Math.max(0, bounds.x);
  const right = Math.min(width, bounds.x + bounds.width + 1);
  for (let y = Math.max(0, bounds.y); y < Math.min(height, bounds.y + bounds.height + 1); y++) {
    pixels.fill(255, (y * width + left) * 4, (y * width + right) * 4);
  }
}
