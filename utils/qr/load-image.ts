/**
 * Image bytes (a capture, a loaded file) to RGBA pixels with the platform's own
 * decoders: `createImageBitmap` + `OffscreenCanvas`, which a service worker has.
 */
import { TwofoldError } from '../errors';
import { t } from '../i18n/translate';
import type { RgbaImage } from './image';
import { QUICK_PASS_PIXELS, type CapturePixels } from './passes';

/** A 4K capture is 8.3 MP; a phone photo may be 50. Larger images are scaled down to this many pixels. */
const MAX_PIXELS = 16_777_216;

export async function blobToImage(blob: Blob): Promise<RgbaImage> {
  const bitmap = await decodeBitmap(blob);
  try {
    return bitmapToImage(bitmap, MAX_PIXELS);
  } finally {
    bitmap.close();
  }
}

/**
 * A screen capture for the two passes of utils/qr/passes.ts: the quick one's
 * pixels now, the full-size ones read from the same bytes again only when the
 * quick pass finds nothing (or the user selects a region).
 */
export async function captureToPixels(blob: Blob): Promise<CapturePixels> {
  const bitmap = await decodeBitmap(blob);
  try {
    if (bitmap.width * bitmap.height <= QUICK_PASS_PIXELS) {
      const image = bitmapToImage(bitmap, MAX_PIXELS);
      return { quick: null, full: async () => image };
    }
    let full: Promise<RgbaImage> | undefined;
    return { quick: bitmapToImage(bitmap, QUICK_PASS_PIXELS), full: () => (full ??= blobToImage(blob)) };
  } finally {
    bitmap.close();
  }
}

async function decodeBitmap(blob: Blob): Promise<ImageBitmap> {
  try {
    return await createImageBitmap(blob);
  } catch {
    throw new TwofoldError('qr-not-an-image', t('errors.qr.notAnImage'));
  }
}

/** The bitmap's pixels, scaled down (never up) to at most `maxPixels`, keeping the aspect ratio. */
function bitmapToImage(bitmap: ImageBitmap, maxPixels: number): RgbaImage {
  const scale = Math.min(1, Math.sqrt(maxPixels / (bitmap.width * bitmap.height)));
  const width = Math.max(1, Math.floor(bitmap.width * scale));
  const height = Math.max(1, Math.floor(bitmap.height * scale));
  const context = new OffscreenCanvas(width, height).getContext('2d', { willReadFrequently: true });
  if (!context) throw new TwofoldError('qr-no-canvas', t('errors.qr.noCanvas'));
  // A transparent PNG would read as black-on-black: put it on white first.
  context.fillStyle = '#fff';
  context.fillRect(0, 0, width, height);
  // The default smoothing (bilinear): at the quick pass's 2:1 it averages each 2×2 block, and 'medium' took 2–3× as long.
  context.drawImage(bitmap, 0, 0, width, height);
  return context.getImageData(0, 0, width, height);
}
