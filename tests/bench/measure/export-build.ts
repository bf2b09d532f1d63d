/**
 * Writing 10,000 accounts with the exporters the worker runs (in Node: the
 * same code, without the password check and the message round trip;
 * export-in-worker.ts has those). The encrypted backup includes its key
 * derivation at the default cost.
 */
import { useEnglishMessages } from '../../../utils/i18n/node-catalog';
import { benchAccounts } from '../data/accounts';
import { exportFile, FILE_ACCOUNTS, FILE_FORMATS } from '../data/backups';
import { medianFigure, timed, type Figure } from '../figure';

const RUNS = 3;

export async function measureExportBuild(): Promise<Figure[]> {
  await useEnglishMessages(); // the extension's code in Node: its messages in English
  const accounts = benchAccounts(FILE_ACCOUNTS);
  const figures: Figure[] = [];
  for (const { format, label } of FILE_FORMATS) {
    const runs: number[] = [];
    for (let run = 0; run < RUNS; run++) runs.push((await timed(() => exportFile(format, accounts))).ms);
    figures.push(medianFigure(`export.${format}.10000`, `Export build, ${label}, 10,000 accounts (Node)`, 'ms', runs));
  }
  return figures;
}
