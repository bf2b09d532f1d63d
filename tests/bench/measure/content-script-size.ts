/** The content script as shipped: it is loaded into every page, so every kilobyte is paid on every visit. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR } from '../../e2e/harness/paths';
import { round, type Figure } from '../figure';

const CONTENT_SCRIPT = path.join(EXTENSION_DIR, 'content-scripts/content.js');

export async function measureContentScriptSize(): Promise<Figure[]> {
  const bytes = await readFile(CONTENT_SCRIPT);
  const kilobytes = (size: number) => round(size / 1024);
  return [
    { id: 'content-script.size.raw', label: 'Content script size, raw', value: kilobytes(bytes.length), unit: 'KB' },
    { id: 'content-script.size.gzip', label: 'Content script size, gzip', value: kilobytes(gzipSync(bytes).length), unit: 'KB' },
  ];
}
