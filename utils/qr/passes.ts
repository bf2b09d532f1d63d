/**
 * A whole-screen capture is read in two passes: first scaled down to about
 * 1920×1080 (a 4K capture has four times the pixels, and turning them into
 * RGBA and decoding them is most of a scan), then, only when that finds
 * nothing, at full size, so a small code on a big screen is still found.
 * The region select (utils/qr/region.ts) always reads the full-size pixels.
 */
import type { QrDecoder } from './decode';
import type { DecodedQr } from './decoded-code';
import type { RgbaImage } from './image';

/** The quick pass's size: a 1920×1080 screen is read whole in one pass. */
export const QUICK_PASS_PIXELS = 1920 * 1080;

/** A capture's pixels (utils/qr/load-image.ts: captureToPixels). */
export interface CapturePixels {
  /** Scaled down to QUICK_PASS_PIXELS; null when the capture is no larger (then `full` is the one pass). */
  quick: RgbaImage | null;
  /** Full size, read once when first asked. */
  full(): Promise<RgbaImage>;
}

export async function decodeCapture(decoder: QrDecoder, pixels: CapturePixels): Promise<DecodedQr[]> {
  if (pixels.quick) {
    const found = await decoder.decode(pixels.quick);
    if (found.length > 0) return found;
  }
  return decoder.decode(await pixels.full());
}

/**
 * How the worker asks for a capture (`tabs.captureVisibleTab`), shared with the
 * bench: JPEG, because encoding a 4K screen as PNG and decoding it again cost
 * more than the whole scan may; at this quality the edges of a module stay sharp.
 */
export const CAPTURE_OPTIONS = { format: 'jpeg', quality: 92 } as const;
