/**
 * Importing a 10,000-line otpauth:// file as the options page does: the
 * `import.preview` and `import.commit` messages to the real worker (parse,
 * duplicate check, encrypt, one IndexedDB write), timed from an extension
 * page. Each run gets a fresh browser profile: importing into a vault just
 * emptied by a bulk delete is far slower (stale IndexedDB index entries) and
 * is not the case this figure is about.
 */
import { withBenchBrowser } from '../browser/bench-browser';
import { seedAccounts, setUpVault } from '../browser/vault';
import { FILE_ACCOUNTS } from '../data/backups';
import { medianFigure, medianText, type Figure } from '../figure';

const RUNS = 3;

export async function measureImportInWorker(): Promise<Figure[]> {
  const previews: number[] = [];
  const commits: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const { previewMs, commitMs } = await withBenchBrowser(async ({ admin }) => {
      await setUpVault(admin);
      return seedAccounts(admin, 0, FILE_ACCOUNTS);
    });
    previews.push(previewMs);
    commits.push(commitMs);
  }
  const totals = previews.map((ms, run) => ms + commits[run]!);
  const note = `preview ${medianText(previews)} + commit ${medianText(commits)}`;
  return [medianFigure('import.worker.10000', 'Import 10,000 otpauth:// links in the worker (preview + commit)', 'ms', totals, note)];
}
