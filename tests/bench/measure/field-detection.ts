/**
 * What the content script will run on every page once autofill is wired in:
 * `detectFields(document)` from utils/detect, bundled for the page (the e2e
 * harness's bundleForPage) and timed on its first call in a fresh tab after
 * `load`, as the content script would call it (cold, unoptimised code).
 */
import { bundleForPage } from '../../e2e/harness/bundle';
import type { BenchBrowser } from '../browser/bench-browser';
import { BENCH_PAGES } from '../data/pages';
import { medianFigure, type Figure } from '../figure';

const RUNS = 5;

export async function measureFieldDetection({ session, server }: BenchBrowser): Promise<Figure[]> {
  const detector = await bundleForPage('utils/detect/index.ts', 'TwofoldDetect');
  const figures: Figure[] = [];
  for (const { id, path, label } of BENCH_PAGES) {
    const runs: number[] = [];
    let found = 0;
    for (let run = 0; run < RUNS; run++) {
      const page = await session.context.newPage();
      await page.goto(server.url(path), { waitUntil: 'load' });
      await page.addScriptTag({ content: detector });
      const result = await page.evaluate(() => {
        const detect = (globalThis as unknown as { TwofoldDetect: { detectFields(root: Document): unknown[] } }).TwofoldDetect;
        const start = performance.now();
        const fields = detect.detectFields(document);
        return { ms: performance.now() - start, fields: fields.length };
      });
      runs.push(result.ms);
      found = result.fields;
      await page.close();
    }
    figures.push(medianFigure(`detect-fields.${id}`, `detectFields first call, ${label}`, 'ms', runs, `${found} field(s) found`));
  }
  return figures;
}
