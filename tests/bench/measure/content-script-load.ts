/**
 * Main-thread time of Twofold's content script (as built) while a served page
 * loads: traced from navigation to the load event plus a short idle, counting
 * only work attributed to content-scripts/content.js (browser/script-time.ts).
 * Each run is a fresh tab; the figure is the median.
 */
import type { BenchBrowser } from '../browser/bench-browser';
import { scriptTime, type ScriptTime } from '../browser/script-time';
import { traceWhile } from '../browser/trace';
import { BENCH_PAGES } from '../data/pages';
import { medianFigure, medianText, type Figure } from '../figure';

const RUNS = 5;
/** document_idle can fall after `load`; deferred work (idle callbacks, timers) gets this long too. */
const SETTLE_MS = 500;
const SCRIPT = 'content-scripts/content.js';

export async function measureContentScriptLoad({ session, server }: BenchBrowser): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const { id, path, label } of BENCH_PAGES) {
    const runs: ScriptTime[] = [];
    for (let run = 0; run < RUNS; run++) {
      const page = await session.context.newPage();
      const cdp = await session.context.newCDPSession(page);
      const events = await traceWhile(cdp, async () => {
        await page.goto(server.url(path), { waitUntil: 'load' });
        await page.waitForTimeout(SETTLE_MS);
      });
      runs.push(scriptTime(events, SCRIPT));
      await page.close();
    }
    const part = (pick: (time: ScriptTime) => number) => medianText(runs.map(pick));
    const note = `evaluate ${part((time) => time.evaluateMs)} + callbacks ${part((time) => time.callbacksMs)}`;
    figures.push(medianFigure(`content-script.load.${id}`, `Content script at load, ${label}`, 'ms', runs.map((time) => time.totalMs), note));
  }
  return figures;
}
