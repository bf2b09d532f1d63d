/**
 * Image bytes (a capture, a loaded file) to RGBA pixels with the platform's own
 * decoders: `createImageBitmap` + `OffscreenCanvas`, which a service worker has.
 */
import { TwofoldError } from '../errors';
import { t } from '../i18n/translate';
import type { RgbaImage } from './image';

/** A 4K capture is 8.3 MP; a phone photo may be 50. Larger images are scaled down to this many pixels. */
const MAX_PIXELS = 16_777_216;

export async function blobToImage(blob: Blob): Promise<RgbaImage> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(blob);
  } catch {
    throw new TwofoldError('qr-not-an-image', t('errors.qr.notAnImage'));
  }
  try {
    const scale = Math.min(1, Math.sqrt(MAX_PIXELS / (bitmap.width * bitmap.height)));
    const width = Math.max(1, Math.floor(bitmap.width * scale));
    const height = Math.max(1, Math.floor(bitmap.height * scale));
    const context = new OffscreenCanvas(width, height).getContext('2d', { willReadFrequently: true });
    if (!context) throw new TwofoldError('qr-no-canvas', t('errors.qr.noCanvas'));
    // A transparent PNG would read as black-on-black: put it on white first.
    context.fillStyle = '#fff';
    context.fillRect(0, 0, width, height);
    context.drawImage(bitmap, 0, 0, width, height);
    return context.getImageData(0, 0, width, height);
  } finally {
    bitmap.close();
  }
}
