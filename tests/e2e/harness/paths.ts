import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** WXT's output folder (wxt.config.ts reads the same variable): builds and store archives. */
export const OUT_DIR = path.resolve(ROOT, process.env.TWOFOLD_OUT_DIR ?? '.output');
export const EXTENSION_DIR = path.join(OUT_DIR, 'chrome-mv3');
export const PAGES_DIR = path.join(ROOT, 'tests/fixtures/pages');
export const ARTIFACTS_DIR = path.join(ROOT, 'tests/.artifacts');
export const SHARED_DIR = path.resolve(ROOT, '../shared');
