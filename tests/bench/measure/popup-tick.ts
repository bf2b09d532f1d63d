/**
 * The popup's steady cost at 1,000 accounts: main-thread busy time per second
 * (CDP Performance metric TaskDuration, sampled every second) over a full
 * 30-second code period, so one period change (new codes for every visible
 * row) is inside the window. The worker's side (codes.get) is not in it.
 */
import type { BenchBrowser } from '../browser/bench-browser';
import { openPopup } from '../browser/popup';
import { formatNumber, medianFigure, type Figure } from '../figure';

const SECONDS = 30;

export async function measurePopupTick(bench: BenchBrowser): Promise<Figure[]> {
  const { page } = await openPopup(bench);
  try {
    await page.bringToFront();
    const cdp = await bench.session.context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const taskSeconds = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? Number.NaN;
    };
    const perSecond: number[] = [];
    let last = await taskSeconds();
    for (let second = 0; second < SECONDS; second++) {
      await page.waitForTimeout(1000);
      const now = await taskSeconds();
      perSecond.push((now - last) * 1000);
      last = now;
    }
    const note = `worst second ${formatNumber(Math.max(...perSecond))} ms, over ${SECONDS} s`;
    return [medianFigure('popup.tick.1000', 'Popup tick, main-thread time per second, 1,000 accounts', 'ms/s', perSecond, note)];
  } finally {
    await page.close();
  }
}
