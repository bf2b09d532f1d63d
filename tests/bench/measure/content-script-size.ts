/**
 * The content script as shipped: content-scripts/content.js is loaded into every
 * page, so every kilobyte is paid on every visit (the budget); its second part,
 * content-fields.js, only on pages where a code field could be (reported apart).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR } from '../../e2e/harness/paths';
import { round, type Figure } from '../figure';

const CONTENT_SCRIPT = path.join(EXTENSION_DIR, 'content-scripts/content.js');
const SECOND_PART = path.join(EXTENSION_DIR, 'content-fields.js');

export async function measureContentScriptSize(): Promise<Figure[]> {
  const kilobytes = (size: number) => round(size / 1024);
  const sizes = async (id: string, label: string, file: string): Promise<Figure[]> => {
    const bytes = await readFile(file);
    return [
      { id: `${id}.raw`, label: `${label}, raw`, value: kilobytes(bytes.length), unit: 'KB' },
      { id: `${id}.gzip`, label: `${label}, gzip`, value: kilobytes(gzipSync(bytes).length), unit: 'KB' },
    ];
  };
  return [
    ...(await sizes('content-script.size', 'Content script size', CONTENT_SCRIPT)),
    // A build from before the split has no second part.
    ...(existsSync(SECOND_PART) ? await sizes('content-script.part-size', 'Content script’s second part (loaded where a field could be)', SECOND_PART) : []),
  ];
}
