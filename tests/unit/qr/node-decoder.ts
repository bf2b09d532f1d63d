/** The product's decoder in Node: zxing-wasm with its binary read from node_modules (as the worker reads it from the extension). */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createQrDecoder, type QrDecoder } from '../../../utils/qr/decode';
import { createJsqrEngine } from '../../../utils/qr/jsqr-engine';
import { createZxingEngine } from '../../../utils/qr/zxing-engine';

const WASM_PATH = createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm');

export const loadZxingWasm = async (): Promise<ArrayBuffer> => {
  const bytes = await readFile(WASM_PATH);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
};

export function nodeDecoder(): QrDecoder {
  return createQrDecoder(createZxingEngine(loadZxingWasm), createJsqrEngine());
}
