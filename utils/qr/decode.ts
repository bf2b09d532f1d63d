/**
 * Finds every QR code in an image: zxing-wasm first, jsQR when zxing cannot
 * run (WebAssembly blocked or its binary missing). On small areas the user
 * pointed at, jsQR also gets a turn when zxing found nothing: its binariser
 * reads some soft, 1.2-pixel-per-module codes that zxing's does not (measured
 * on crops of Chromium captures). Timing: docs/toolchain.md, utils/qr/bench.ts.
 */
import type { DecodedQr, QrEngine } from './decoded-code';
import type { RgbaImage } from './image';

export interface QrDecoder {
  /** A whole capture: the fast engine only (a miss is what the region select is for). */
  decode(image: RgbaImage): Promise<DecodedQr[]>;
  /** A selected area or a loaded picture: every engine until one finds something. */
  decodeThoroughly(image: RgbaImage): Promise<DecodedQr[]>;
}

export function createQrDecoder(primary: QrEngine, fallback: QrEngine): QrDecoder {
  let primaryRuns = true;

  async function fromPrimary(image: RgbaImage): Promise<DecodedQr[] | null> {
    if (!primaryRuns) return null;
    try {
      return distinct(await primary.decode(image));
    } catch {
      // The engine itself failed (not "no code found"): stop trying it for this worker's life.
      primaryRuns = false;
      return null;
    }
  }

  return {
    async decode(image) {
      return (await fromPrimary(image)) ?? distinct(await fallback.decode(image));
    },
    async decodeThoroughly(image) {
      const found = await fromPrimary(image);
      return found?.length ? found : distinct(await fallback.decode(image));
    },
  };
}

/**
 * The same code twice (an engine's second pass, a page showing it twice) counts
 * once; the rest in reading order, so a list of codes matches the page.
 */
function distinct(codes: DecodedQr[]): DecodedQr[] {
  const seen = new Set<string>();
  return codes
    .filter((code) => !seen.has(code.text) && seen.add(code.text))
    .sort((a, b) => a.bounds.y - b.bounds.y || a.bounds.x - b.bounds.x);
}
