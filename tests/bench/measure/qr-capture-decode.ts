/**
 * "Scan QR code" on a served 2FA setup page at three screen sizes: capture
 * (CDP Page.captureScreenshot: the worker's captureVisibleTab needs a user
 * gesture for activeTab), PNG → pixels in an extension page (as the worker
 * does: createImageBitmap + OffscreenCanvas), and decoding in Node with the
 * worker's own decoder (zxing-wasm, jsQR fallback). Each run's three parts
 * are added up; the decoder is warmed first, and its first call is reported
 * apart (a woken worker pays it once).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { createQrDecoder, type QrDecoder } from '../../../utils/qr/decode';
import { createJsqrEngine } from '../../../utils/qr/jsqr-engine';
import { createZxingEngine } from '../../../utils/qr/zxing-engine';
import type { BenchBrowser } from '../browser/bench-browser';
import { readPng } from '../data/png';
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

/** In an extension page, as the worker turns a captured data URL into pixels. */
function timeToPixels(page: Page, dataUrl: string): Promise<number> {
  return page.evaluate(async (url) => {
    const start = performance.now();
    const bitmap = await createImageBitmap(await (await fetch(url)).blob());
    const context = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    context.getImageData(0, 0, bitmap.width, bitmap.height);
    return performance.now() - start;
  }, dataUrl);
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
      for (let run = 0; run < RUNS; run++) {
        const capture = await timed(() => cdp.send('Page.captureScreenshot', { format: 'png' }));
        parts.capture.push(capture.ms);
        parts.pixels.push(await timeToPixels(admin, `data:image/png;base64,${capture.value.data}`));
        const image = readPng(Buffer.from(capture.value.data, 'base64'));
        if (firstDecodeMs === undefined) firstDecodeMs = (await timed(() => decoder.decode(image))).ms;
        const decoded = await timed(() => decoder.decode(image));
        found &&= decoded.value.some((code) => code.text === EXPECTED);
        parts.decode.push(decoded.ms);
      }
      const size = `${width * scale}x${height * scale}`;
      const totals = parts.capture.map((ms, run) => ms + parts.pixels[run]! + parts.decode[run]!);
      const split = `capture ${medianText(parts.capture)} + pixels ${medianText(parts.pixels)} + decode ${medianText(parts.decode)}`;
      const note = found ? split : `${split}; QR NOT FOUND`;
      figures.push(medianFigure(`qr.capture-decode.${size}`, `QR capture + decode, ${size.replace('x', '×')}`, 'ms', totals, note));
    }
  } finally {
    await page.close();
  }
  figures.push({ id: 'qr.decode.first-call', label: 'QR decoder first call (wasm load + compile), 1920×1080', value: round(firstDecodeMs!), unit: 'ms' });
  return figures;
}
