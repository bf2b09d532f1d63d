/**
 * Decoding the rectangle the user drew around a code the full capture missed.
 * Those are mostly small, soft codes (about 1.2 screen pixels per module): on
 * crops of such codes in Chromium captures, jsQR found them where zxing did not,
 * and zxing sometimes after a 2× scale-up, so both engines get both sizes.
 */
import type { DecodedQr } from './decoded-code';
import type { QrDecoder } from './decode';
import { cropImage, scaleImage, type PixelRect, type RgbaImage } from './image';

/** A scale-up stops being worth it (and costs memory) past this many pixels on a side. */
const MAX_SCALED_SIDE = 2000;

export async function decodeRegion(decoder: QrDecoder, image: RgbaImage, rect: PixelRect): Promise<DecodedQr[]> {
  const crop = cropImage(image, rect);
  const found = await decoder.decodeThoroughly(crop);
  if (found.length > 0 || Math.max(crop.width, crop.height) * 2 > MAX_SCALED_SIDE) return found;
  return decoder.decodeThoroughly(scaleImage(crop, 2));
}
