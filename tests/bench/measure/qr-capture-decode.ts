/**
 * "Scan QR code" on a served 2FA setup page at three screen sizes: capture
 * (CDP Page.captureScreenshot in the worker's format, CAPTURE_OPTIONS: the
 * worker's captureVisibleTab needs a user gesture for activeTab), image →
 * pixels in an extension page as the worker does (createImageBitmap +
 * OffscreenCanvas, scaled down for the quick pass: utils/qr/passes.ts), and
 * decoding in Node with the worker's own decoder (zxing-wasm, jsQR fallback),
 * the full-size pass only when the quick one finds nothing. Each run's parts
 * are added up; the decoder is warmed first, and its first call is reported
 * apart (a woken worker pays it once).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { createQrDecoder, type QrDecoder } from '../../../utils/qr/decode';
import type { RgbaImage } from '../../../utils/qr/image';
import { CAPTURE_OPTIONS, QUICK_PASS_PIXELS } from '../../../utils/qr/passes';
import { createJsqrEngine } from '../../../utils/qr/jsqr-engine';
import { createZxingEngine } from '../../../utils/qr/zxing-engine';
import type { BenchBrowser } from '../browser/bench-browser';
import { medianFigure, medianText, round, timed, type Figure } from '../figure';

const RUNS = 5;
const EXPECTED = 'otpauth://totp/Example%20Cloud:alice%40example.com?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Example%20Cloud';
/** Capture sizes in device pixels; 4K as a 1920×1080 CSS viewport at device pixel ratio 2 (a scaled 4K screen). */
const SCREENS = [
  { width: 1920, height: 1080, scale: 1 },
  { width: 2560, height: 1440, scale: 1 },
  { width: 1920, height: 1080, scale: 2 },
];

function zxingDecoder(): QrDecoder {
  const wasmPath = createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm');
  const loadWasm = async () => {
    const bytes = await readFile(wasmPath);
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  };
  return createQrDecoder(createZxingEngine(loadWasm), createJsqrEngine());
}

/**
 * In an extension page, as the worker turns a captured data URL into pixels
 * (utils/qr/load-image.ts): at most `maxPixels`, scaled down with the same
 * canvas settings (the default smoothing). Returns the time and the pixels, for decoding in Node.
 */
async function toPixels(page: Page, dataUrl: string, maxPixels: number): Promise<{ ms: number; image: RgbaImage }> {
  const { ms, width, height, base64 } = await page.evaluate(
    async ([url, max]) => {
      const start = performance.now();
      const bitmap = await createImageBitmap(await (await fetch(url)).blob());
      const scale = Math.min(1, Math.sqrt(max / (bitmap.width * bitmap.height)));
      const [w, h] = [Math.max(1, Math.floor(bitmap.width * scale)), Math.max(1, Math.floor(bitmap.height * scale))];
      const context = new OffscreenCanvas(w, h).getContext('2d', { willReadFrequently: true })!;
      context.fillStyle = '#fff';
      context.fillRect(0, 0, w, h);
      context.drawImage(bitmap, 0, 0, w, h);
      bitmap.close();
      const data = context.getImageData(0, 0, w, h).data;
      const elapsed = performance.now() - start;
      return { ms: elapsed, width: w, height: h, base64: (new Uint8Array(data.buffer) as unknown as { toBase64(): string }).toBase64() };
    },
    [dataUrl, maxPixels] as const,
  );
  return { ms, image: { width, height, data: new Uint8ClampedArray(Buffer.from(base64, 'base64')) } };
}

export async function measureQrCaptureDecode({ session, server, admin }: BenchBrowser): Promise<Figure[]> {
  const decoder = zxingDecoder();
  const page = await session.context.newPage();
  const cdp = await session.context.newCDPSession(page);
  const figures: Figure[] = [];
  let firstDecodeMs: number | undefined;
  try {
    for (const { width, height, scale } of SCREENS) {
      await cdp.send('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: scale, mobile: false });
      await page.goto(server.url('/bench/qr.html'));
      const parts = { capture: [] as number[], pixels: [] as number[], decode: [] as number[] };
      let found = true;
      let fullPasses = 0;
      const quick = width * scale * height * scale > QUICK_PASS_PIXELS;
      for (let run = 0; run < RUNS; run++) {
        const capture = await timed(() => cdp.send('Page.captureScreenshot', { ...CAPTURE_OPTIONS }));
        parts.capture.push(capture.ms);
        const dataUrl = `data:image/${CAPTURE_OPTIONS.format};base64,${capture.value.data}`;
        const first = await toPixels(admin, dataUrl, quick ? QUICK_PASS_PIXELS : Number.POSITIVE_INFINITY);
        if (firstDecodeMs === undefined) firstDecodeMs = (await timed(() => decoder.decode(first.image))).ms;
        let decoded = await timed(() => decoder.decode(first.image));
        let [pixelsMs, decodeMs] = [first.ms, decoded.ms];
        if (quick && decoded.value.length === 0) {
          // The worker's second pass (utils/qr/passes.ts): full size.
          fullPasses++;
          const full = await toPixels(admin, dataUrl, Number.POSITIVE_INFINITY);
          decoded = await timed(() => decoder.decode(full.image));
          [pixelsMs, decodeMs] = [pixelsMs + full.ms, decodeMs + decoded.ms];
        }
        found &&= decoded.value.some((code) => code.text === EXPECTED);
        parts.pixels.push(pixelsMs);
        parts.decode.push(decodeMs);
      }
      const size = `${width * scale}x${height * scale}`;
      const totals = parts.capture.map((ms, run) => ms + parts.pixels[run]! + parts.decode[run]!);
      const passes = quick ? `; quick pass at ${QUICK_PASS_PIXELS === 1920 * 1080 ? '1920×1080' : QUICK_PASS_PIXELS}${fullPasses ? `, full size ${fullPasses}/${RUNS}` : ''}` : '';
      const split = `${CAPTURE_OPTIONS.format}: capture ${medianText(parts.capture)} + pixels ${medianText(parts.pixels)} + decode ${medianText(parts.decode)}${passes}`;
      const note = found ? split : `${split}; QR NOT FOUND`;
      figures.push(medianFigure(`qr.capture-decode.${size}`, `QR capture + decode, ${size.replace('x', '×')}`, 'ms', totals, note));
    }
  } finally {
    await page.close();
  }
  figures.push({ id: 'qr.decode.first-call', label: 'QR decoder first call (wasm load + compile), 1920×1080', value: round(firstDecodeMs!), unit: 'ms' });
  return figures;
}
