/**
 * Bundles a product module for a page: lets an end-to-end test run the very
 * code the content script ships (e.g. utils/detect) inside Chromium's real DOM
 * and layout, exposed on `globalThis[globalName]`.
 */
import { build } from 'esbuild';
import path from 'node:path';
import { ROOT } from './paths';

export async function bundleForPage(entry: string, globalName: string): Promise<string> {
  const result = await build({
    entryPoints: [path.join(ROOT, entry)],
    bundle: true,
    write: false,
    format: 'iife',
    globalName,
    target: 'chrome120',
    alias: { '@': ROOT },
  });
  return result.outputFiles[0]!.text;
}
