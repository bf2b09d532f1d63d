import { describe, expect, it, vi } from 'vitest';
import { scaleImage, type RgbaImage } from '../../../utils/qr/image';
import { decodeCapture, QUICK_PASS_PIXELS, type CapturePixels } from '../../../utils/qr/passes';
import { busyPage, drawQr } from './synthetic-image';
import { nodeDecoder } from './node-decoder';

const URI = 'otpauth://totp/ACME:alice@example.com?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=ACME';
const decoder = nodeDecoder();

/** A 4K capture as the worker reads it: the quick pass at 1920×1080 (half each side), full size on demand. */
function fourK(moduleSize: number): { pixels: CapturePixels; full: ReturnType<typeof vi.fn> } {
  const image = busyPage(3840, 2160, 11);
  drawQr(image, URI, { x: 2900, y: 1600, moduleSize });
  const quick = scaleImage(image, Math.sqrt(QUICK_PASS_PIXELS / (3840 * 2160)));
  const full = vi.fn(async (): Promise<RgbaImage> => image);
  return { pixels: { quick, full }, full };
}

// Decoding 4K images in Node takes seconds on a busy machine.
describe('reading a whole capture in two passes', { timeout: 30_000 }, () => {
  it('a usual code on a 4K screen (200 CSS px at device pixel ratio 2, about 8 px a module) is found by the quick pass alone', async () => {
    const { pixels, full } = fourK(8);
    expect((await decodeCapture(decoder, pixels)).map((code) => code.text)).toEqual([URI]);
    expect(full).not.toHaveBeenCalled();
  });

  it('the smallest code that must be found on a 4K screen (3 px a module) still is: full size after the quick pass', async () => {
    const { pixels } = fourK(3);
    expect((await decodeCapture(decoder, pixels)).map((code) => code.text)).toEqual([URI]);
  });

  it('reads a capture no larger than the quick pass once, at full size', async () => {
    const image = busyPage(1280, 800, 3);
    drawQr(image, URI, { x: 300, y: 200, moduleSize: 2 });
    const decode = vi.spyOn(decoder, 'decode');
    expect((await decodeCapture(decoder, { quick: null, full: async () => image })).map((code) => code.text)).toEqual([URI]);
    expect(decode).toHaveBeenCalledTimes(1);
    decode.mockRestore();
  });

  it('finds nothing on a 4K page without a code, after looking at both sizes', async () => {
    const image = busyPage(3840, 2160, 5);
    const full = vi.fn(async () => image);
    expect(await decodeCapture(decoder, { quick: scaleImage(image, 0.5), full })).toEqual([]);
    expect(full).toHaveBeenCalledTimes(1);
  });
});
