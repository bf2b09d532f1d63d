/**
 * Main-thread time of Twofold's content script (as built) while a served page
 * loads: traced from navigation to the load event plus a short idle, counting
 * only its own work (browser/script-time.ts): the always-loaded
 * content-scripts/content.js and, where the page makes it load, its second part
 * content-fields.js (compile, module evaluation, callbacks, promise reactions).
 * Each run is a fresh tab on a host of its own (a new renderer process, so
 * nothing compiled on an earlier run is reused); the figure is the median.
 */
import type { BenchBrowser } from '../browser/bench-browser';
import { scriptTime, type ScriptTime } from '../browser/script-time';
import { traceWhile } from '../browser/trace';
import { BENCH_PAGES } from '../data/pages';
import { medianFigure, medianText, type Figure } from '../figure';

const RUNS = 5;
/** document_idle can fall after `load`; deferred work (idle callbacks, timers, the second part's load) gets this long too. */
const SETTLE_MS = 500;
const SCRIPTS = ['/content-scripts/content.js', '/content-fields.js'];
/** Chromium names a content script's isolated world after the extension. */
const WORLD = 'Twofold';

export async function measureContentScriptLoad({ session, server }: BenchBrowser): Promise<Figure[]> {
  const figures: Figure[] = [];
  const selector = { url: (url: string) => url.startsWith('chrome-extension://') && SCRIPTS.some((script) => url.endsWith(script)), world: WORLD };
  let host = 0;
  for (const { id, path, label } of BENCH_PAGES) {
    const runs: ScriptTime[] = [];
    for (let run = 0; run < RUNS; run++) {
      const page = await session.context.newPage();
      const cdp = await session.context.newCDPSession(page);
      const events = await traceWhile(cdp, async () => {
        // Every host name resolves to the bench server (the harness's host rules).
        await page.goto(server.url(path, `run-${host++}.bench.test`), { waitUntil: 'load' });
        await page.waitForTimeout(SETTLE_MS);
      });
      runs.push(scriptTime(events, selector));
      await page.close();
    }
    const part = (pick: (time: ScriptTime) => number) => medianText(runs.map(pick));
    const note =
      `evaluate ${part((time) => time.evaluateMs)} + callbacks ${part((time) => time.callbacksMs)}` +
      ` + microtasks ${part((time) => time.microtasksMs)}; main-thread CPU ${part((time) => time.threadMs)}`;
    figures.push(medianFigure(`content-script.load.${id}`, `Content script at load, ${label}`, 'ms', runs.map((time) => time.totalMs), note));
  }
  return figures;
}
