/**
 * Exporting 10,000 accounts as the options page does: `export.create` to the
 * real worker (password proven again by a key derivation, then the file
 * built), timed from an extension page, in each file format (the encrypted
 * backup adds a second key derivation, for the file's own key).
 */
import { withBenchBrowser } from '../browser/bench-browser';
import { sendTimed } from '../browser/send';
import { BENCH_PASSWORD, seedAccounts, setUpVault } from '../browser/vault';
import { FILE_ACCOUNTS, FILE_FORMATS } from '../data/backups';
import { medianFigure, type Figure } from '../figure';

const RUNS = 3;

export function measureExportInWorker(): Promise<Figure[]> {
  return withBenchBrowser(async ({ admin }) => {
    await setUpVault(admin);
    await seedAccounts(admin, 0, FILE_ACCOUNTS);
    const figures: Figure[] = [];
    for (const { format, label } of FILE_FORMATS) {
      const runs: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const { value, ms } = await sendTimed(admin, 'export.create', { format, password: BENCH_PASSWORD });
        if (value.count !== FILE_ACCOUNTS) throw new Error(`export ${format}: ${value.count} accounts, expected ${FILE_ACCOUNTS}`);
        runs.push(ms);
      }
      figures.push(medianFigure(`export.worker.${format}.10000`, `Export 10,000 accounts in the worker, ${label}`, 'ms', runs));
    }
    return figures;
  });
}
