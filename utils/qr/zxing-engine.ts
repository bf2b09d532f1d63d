/**
 * zxing-wasm (ZXing-C++ compiled to WebAssembly), reader build: finds every QR
 * code in one pass and is about 4–20× faster than jsQR on screen captures
 * (docs/toolchain.md). Its .wasm is shipped inside the extension and handed in
 * as bytes: left alone, the library would fetch it from a CDN, which an
 * extension must never do (no remote code).
 */
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import type { DecodedQr, QrEngine } from './decoded-code';
import { boundsOf } from './decoded-code';
import type { RgbaImage } from './image';

/** Enough for a Google Authenticator export page and a busy screen; more is noise. */
const MAX_CODES = 16;

export function createZxingEngine(loadWasm: () => Promise<ArrayBuffer>): QrEngine {
  // The JavaScript is static (service workers may not import() later); the 950 KB binary is read on the first scan.
  let ready: Promise<unknown> | undefined;

  return {
    async decode(image: RgbaImage): Promise<DecodedQr[]> {
      // Prepared before the first read: a read on an unprepared module would fetch the binary from a CDN.
      ready ??= loadWasm().then((wasmBinary) => prepareZXingModule({ overrides: { wasmBinary }, fireImmediately: true }));
      await ready;
      // Default options (tryHarder, tryInvert, tryDownscale on): the fast ones miss small codes in 4K captures.
      const results = await readBarcodes(image as ImageData, { formats: ['QRCode'], maxNumberOfSymbols: MAX_CODES });
      return results
        .filter((result) => result.isValid && result.text !== '')
        .map((result) => {
          const { topLeft, topRight, bottomLeft, bottomRight } = result.position;
          return { text: result.text, bounds: boundsOf([topLeft, topRight, bottomLeft, bottomRight]) };
        });
    },
  };
}
