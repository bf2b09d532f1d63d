/**
 * The worker's QR decoder: zxing-wasm with its .wasm from the extension's own
 * files (bundled by Vite as an asset, fetched from our origin, never a CDN),
 * jsQR if WebAssembly cannot run.
 */
import { browser } from 'wxt/browser';
import zxingWasmPath from 'zxing-wasm/reader/zxing_reader.wasm?url';
import { createQrDecoder, type QrDecoder } from '@/utils/qr/decode';
import { createJsqrEngine } from '@/utils/qr/jsqr-engine';
import { createZxingEngine } from '@/utils/qr/zxing-engine';

async function loadZxingWasm(): Promise<ArrayBuffer> {
  const response = await fetch(browser.runtime.getURL(zxingWasmPath as '/'));
  if (!response.ok) throw new Error(`zxing wasm: HTTP ${response.status}`);
  return response.arrayBuffer();
}

export function createWorkerQrDecoder(): QrDecoder {
  return createQrDecoder(createZxingEngine(loadZxingWasm), createJsqrEngine());
}
