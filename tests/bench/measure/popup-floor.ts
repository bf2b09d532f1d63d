/**
 * The floor under "popup open → visible codes": the same navigation in the
 * same 360×600 tab, of an extension page that does next to nothing
 * (offscreen.html: no styles, one tiny script, no message sent at load), timed
 * from navigation start to the first animation frame after DOMContentLoaded.
 * That much of the popup's figure is Chromium's (a renderer for the extension
 * origin, the document, a frame); the rest is ours (scripts, styles, the
 * worker's answer, the first render). No test-only page is shipped for it.
 */
import type { BenchBrowser } from '../browser/bench-browser';
import { medianFigure, type Figure } from '../figure';

const RUNS = 7;
const POPUP_VIEWPORT = { width: 360, height: 600 };

function installFirstFrameProbe(): void {
  const target = window as unknown as { __benchFirstFrame?: Promise<number> };
  target.__benchFirstFrame = new Promise((resolve) => {
    document.addEventListener('DOMContentLoaded', () => requestAnimationFrame(() => resolve(performance.now())));
  });
}

async function timeBlankOpen({ session }: BenchBrowser): Promise<number> {
  const page = await session.context.newPage();
  try {
    await page.setViewportSize(POPUP_VIEWPORT);
    await page.addInitScript(installFirstFrameProbe);
    await page.goto(session.extensionUrl('offscreen.html'));
    return await page.evaluate(() => (window as unknown as { __benchFirstFrame: Promise<number> }).__benchFirstFrame);
  } finally {
    await page.close();
  }
}

export async function measurePopupFloor(bench: BenchBrowser): Promise<Figure[]> {
  await timeBlankOpen(bench); // warm-up, as for the popup
  const runs: number[] = [];
  for (let run = 0; run < RUNS; run++) runs.push(await timeBlankOpen(bench));
  const label = 'Floor: blank extension page (offscreen.html) open → first frame, same tab';
  return [medianFigure('popup.floor.blank-page', label, 'ms', runs, "Chromium's share of the popup figures")];
}
