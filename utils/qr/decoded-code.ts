import type { PixelRect, RgbaImage } from './image';

/** One QR code found in an image: its text and where it is (image pixels, axis-aligned box). */
export interface DecodedQr {
  text: string;
  bounds: PixelRect;
}

/** A decoding library behind one shape, so the decoder can fall back from one to the other. */
export interface QrEngine {
  /** Every QR code the engine finds in the image. Throws when the engine itself cannot run. */
  decode(image: RgbaImage): Promise<DecodedQr[]>;
}

/** The axis-aligned box around a code's corner points. */
export function boundsOf(points: ReadonlyArray<{ x: number; y: number }>): PixelRect {
  const xs = points.map((point) => point.x);
  const ys = points.map((point) => point.y);
  const x = Math.floor(Math.min(...xs));
  const y = Math.floor(Math.min(...ys));
  return { x, y, width: Math.ceil(Math.max(...xs)) - x, height: Math.ceil(Math.max(...ys)) - y };
}
