/**
 * The popup's memory at 1,000 accounts once every visible code is shown: the
 * live JavaScript heap after a forced garbage collection, and the DOM size
 * (CDP Performance metrics).
 */
import type { BenchBrowser } from '../browser/bench-browser';
import { openPopup } from '../browser/popup';
import { round, type Figure } from '../figure';

export async function measurePopupMemory(bench: BenchBrowser): Promise<Figure[]> {
  const { page } = await openPopup(bench);
  try {
    const cdp = await bench.session.context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name: string) => metrics.find((entry) => entry.name === name)?.value ?? Number.NaN;
    const heapMb = round(metric('JSHeapUsedSize') / (1024 * 1024));
    const note = `${metric('Nodes')} DOM nodes, ${metric('JSEventListeners')} listeners`;
    return [{ id: 'popup.memory.1000', label: 'Popup JS heap after GC, 1,000 accounts', value: heapMb, unit: 'MB', note }];
  } finally {
    await page.close();
  }
}
