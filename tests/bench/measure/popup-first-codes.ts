/**
 * Popup open → all visible codes rendered (README, "Performance"): from the
 * navigation start of popup.html, in a tab sized like the popup, to the frame
 * after every on-screen account row has its code, with the vault unlocked.
 * Warm: the worker is running and has the accounts decrypted in memory (the
 * popup opened again soon after). Cold worker: Chrome stopped the idle worker
 * (it does after 30 s), so the popup's first message starts it and it decrypts
 * the accounts again.
 */
import type { BenchBrowser } from '../browser/bench-browser';
import type { FirstCodesTiming } from '../browser/first-codes-probe';
import { openPopup } from '../browser/popup';
import { medianFigure, medianText, type Figure } from '../figure';

const WARM_RUNS = 7;
const COLD_RUNS = 3;

async function timeOpen(bench: BenchBrowser): Promise<FirstCodesTiming> {
  const { page, timing } = await openPopup(bench);
  await page.close();
  return timing;
}

/** Where the time went (medians): page ready, the messages (in the order sent) until the last answer, the rows on screen. */
function breakdown(timings: FirstCodesTiming[]): string {
  const mid = (pick: (timing: FirstCodesTiming) => number) => medianText(timings.map(pick));
  const lastReply = (timing: FirstCodesTiming) => Math.max(0, ...timing.messages.map(([, , answered]) => answered));
  const types = [...timings[0]!.messages].sort((a, b) => a[1] - b[1]).map(([type]) => type);
  return `ready ${mid((t) => t.readyMs)}; ${types.join(', ') || 'no messages seen'} answered by ${mid(lastReply)}; ${timings[0]!.rows} rows`;
}

export async function measurePopupFirstCodes(bench: BenchBrowser, accounts: number): Promise<Figure[]> {
  await timeOpen(bench); // fills the worker's account cache and the popup's code cache
  const warm: FirstCodesTiming[] = [];
  for (let run = 0; run < WARM_RUNS; run++) warm.push(await timeOpen(bench));
  const cold: FirstCodesTiming[] = [];
  for (let run = 0; run < COLD_RUNS; run++) {
    await bench.session.stopWorker();
    cold.push(await timeOpen(bench));
  }
  const label = `Popup open → visible codes, ${accounts.toLocaleString('en')} accounts`;
  return [
    medianFigure(`popup.first-codes.${accounts}`, label, 'ms', warm.map((t) => t.frameMs), breakdown(warm)),
    medianFigure(`popup.first-codes.${accounts}.cold-worker`, `${label}, worker stopped`, 'ms', cold.map((t) => t.frameMs), breakdown(cold)),
  ];
}
