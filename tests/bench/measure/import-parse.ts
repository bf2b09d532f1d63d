/**
 * Reading a 10,000-account file with the importers the worker runs (in Node:
 * the same code, without the message round trip; import-in-worker.ts has that).
 * The encrypted backup includes its key derivation at the default cost.
 */
import { parseImport } from '../../../utils/importers';
import { useEnglishMessages } from '../../../utils/i18n/node-catalog';
import { benchAccounts } from '../data/accounts';
import { BACKUP_PASSWORD, exportFile, FILE_ACCOUNTS, FILE_FORMATS } from '../data/backups';
import { medianFigure, timed, type Figure } from '../figure';

const RUNS = 3;

export async function measureImportParse(): Promise<Figure[]> {
  await useEnglishMessages(); // the extension's code in Node: its messages in English
  const accounts = benchAccounts(FILE_ACCOUNTS);
  const figures: Figure[] = [];
  for (const { format, label } of FILE_FORMATS) {
    const data = await exportFile(format, accounts);
    const runs: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const { value, ms } = await timed(() => parseImport({ fileName: 'bench-import', data }, { password: BACKUP_PASSWORD }));
      if (value.accounts.length !== FILE_ACCOUNTS) throw new Error(`${format}: read ${value.accounts.length} accounts, expected ${FILE_ACCOUNTS}`);
      runs.push(ms);
    }
    figures.push(medianFigure(`import.${format}.10000`, `Import parse, ${label}, 10,000 accounts (Node)`, 'ms', runs));
  }
  return figures;
}
