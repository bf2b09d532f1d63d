import { describe, expect, it, vi } from 'vitest';
import { createQrDecoder } from '../../../utils/qr/decode';
import type { DecodedQr, QrEngine } from '../../../utils/qr/decoded-code';
import { blankImage } from './synthetic-image';

const image = blankImage(10, 10);
const code = (text: string, y = 0): DecodedQr => ({ text, bounds: { x: 0, y, width: 5, height: 5 } });

function engine(decode: QrEngine['decode']): QrEngine & { decode: ReturnType<typeof vi.fn> } {
  return { decode: vi.fn(decode) };
}

describe('createQrDecoder: zxing first, jsQR as the fallback', () => {
  it('uses only the primary engine on a capture, even when it finds nothing', async () => {
    const primary = engine(async () => []);
    const fallback = engine(async () => [code('x')]);
    expect(await createQrDecoder(primary, fallback).decode(image)).toEqual([]);
    expect(fallback.decode).not.toHaveBeenCalled();
  });

  it('gives the fallback a turn on a selected area the primary found nothing in', async () => {
    const fallback = engine(async () => [code('found by jsQR')]);
    expect(await createQrDecoder(engine(async () => []), fallback).decodeThoroughly(image)).toEqual([code('found by jsQR')]);
    const decoder = createQrDecoder(engine(async () => [code('zxing')]), fallback);
    expect(await decoder.decodeThoroughly(image)).toEqual([code('zxing')]);
    expect(fallback.decode).toHaveBeenCalledTimes(1);
  });

  it('switches to the fallback for good when the primary cannot run (no WebAssembly)', async () => {
    const primary = engine(async () => {
      throw new Error('WebAssembly is not allowed');
    });
    const fallback = engine(async () => [code('b', 9), code('a', 1), code('b', 9)]);
    const decoder = createQrDecoder(primary, fallback);
    expect((await decoder.decode(image)).map(({ text }) => text)).toEqual(['a', 'b']);
    await decoder.decode(image);
    expect(primary.decode).toHaveBeenCalledTimes(1);
    expect(fallback.decode).toHaveBeenCalledTimes(2);
  });
});
