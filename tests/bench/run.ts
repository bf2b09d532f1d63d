/**
 * `npm run bench`: builds the extension, measures it against the budgets of
 * issue 9 (bench/budgets.ts) in headless Chromium and in Node, writes
 * tests/bench/results/latest.json and prints the table. Budget misses are reported,
 * never fatal; the exit code is 1 only when a measurement could not run.
 * `--no-build` reuses the last build in $TWOFOLD_OUT_DIR. `--only import,qr,popup`
 * runs only the measurements whose name contains one of those words (to
 * re-measure one figure quickly); the default runs them all.
 */
import path from 'node:path';
import { ROOT } from '../e2e/harness/paths';
import { withBenchBrowser, type BenchBrowser } from './browser/bench-browser';
import { seedAccounts, setUpVault } from './browser/vault';
import { buildExtension } from './build';
import type { Figure } from './figure';
import { describeMachine, loadAverage } from './machine';
import { measureContentScriptLoad } from './measure/content-script-load';
import { measureContentScriptSize } from './measure/content-script-size';
import { measureExportBuild } from './measure/export-build';
import { measureExportInWorker } from './measure/export-in-worker';
import { measureFieldDetection } from './measure/field-detection';
import { measureImportInWorker } from './measure/import-in-worker';
import { measureImportParse } from './measure/import-parse';
import { measurePopupFirstCodes } from './measure/popup-first-codes';
import { measurePopupFloor } from './measure/popup-floor';
import { measurePopupMemory } from './measure/popup-memory';
import { measurePopupTick } from './measure/popup-tick';
import { measureQrCaptureDecode } from './measure/qr-capture-decode';
import { measureUnlock } from './measure/unlock';
import { formatTable, judge, writeReport, type Report } from './report';

const RESULTS = path.join(ROOT, 'tests/bench/results/latest.json');

const loadAtStart = loadAverage();
const started = performance.now();
const figures: Figure[] = [];
const only = onlyWords(process.argv);
const failures: Report['failures'] = [];

/** `--only a,b` or `--only=a,b`: lower-case words, or undefined for every measurement. */
function onlyWords(argv: readonly string[]): string[] | undefined {
  const index = argv.findIndex((arg) => arg === '--only' || arg.startsWith('--only='));
  if (index < 0) return undefined;
  const value = argv[index]!.includes('=') ? argv[index]!.slice('--only='.length) : argv[index + 1];
  if (!value) throw new Error('--only needs a comma-separated list, e.g. --only import,qr,popup');
  return value.toLowerCase().split(',').map((word) => word.trim()).filter(Boolean);
}

function selected(...names: string[]): boolean {
  return !only || names.some((name) => only.some((word) => name.toLowerCase().includes(word)));
}

/** Runs one measurement; a failure is recorded and the others still run. */
async function measure(name: string, run: () => Promise<Figure[]>): Promise<void> {
  if (!selected(name)) return;
  const start = performance.now();
  process.stderr.write(`bench: ${name}…`);
  try {
    figures.push(...(await run()));
    process.stderr.write(` ${((performance.now() - start) / 1000).toFixed(1)} s\n`);
  } catch (error) {
    process.stderr.write(' FAILED\n');
    console.error(error);
    failures.push({ measurement: name, error: String(error) });
  }
}

const POPUP_AND_VAULT = ['popup open floor, blank page', 'popup open, 100 accounts', 'popup open, 1,000 accounts', 'popup tick, 1,000 accounts', 'popup memory, 1,000 accounts', 'unlock'];
const IN_BROWSER = ['content script at load', 'field detection', 'QR capture + decode', ...POPUP_AND_VAULT];

/** The popup figures need a vault of 100, then 1,000 accounts, grown in place. */
async function popupAndVault(bench: BenchBrowser): Promise<void> {
  if (!selected(...POPUP_AND_VAULT)) return;
  await measure('popup open floor, blank page', () => measurePopupFloor(bench));
  await setUpVault(bench.admin);
  await seedAccounts(bench.admin, 0, 100);
  await measure('popup open, 100 accounts', () => measurePopupFirstCodes(bench, 100));
  await seedAccounts(bench.admin, 100, 1000);
  await measure('popup open, 1,000 accounts', () => measurePopupFirstCodes(bench, 1000));
  await measure('popup tick, 1,000 accounts', () => measurePopupTick(bench));
  await measure('popup memory, 1,000 accounts', () => measurePopupMemory(bench));
  await measure('unlock', () => measureUnlock(bench));
}

if (!process.argv.includes('--no-build')) await buildExtension();

await measure('content script size', measureContentScriptSize);
await measure('import parse (Node)', measureImportParse);
await measure('export build (Node)', measureExportBuild);

if (selected(...IN_BROWSER)) await withBenchBrowser(async (bench) => {
  await measure('content script at load', () => measureContentScriptLoad(bench));
  await measure('field detection', () => measureFieldDetection(bench));
  await measure('QR capture + decode', () => measureQrCaptureDecode(bench));
  await popupAndVault(bench);
});

await measure('import in the worker', measureImportInWorker);
await measure('export in the worker', measureExportInWorker);

const report: Report = {
  generatedAt: new Date().toISOString(),
  machine: describeMachine(loadAtStart),
  durationSeconds: Math.round((performance.now() - started) / 1000),
  figures: figures.map(judge),
  failures,
};
await writeReport(RESULTS, report);

const { cpus, loadAverage: load } = report.machine;
console.log(formatTable(report.figures));
console.log(`\n${cpus} cores, load average ${load.start} → ${load.end}; ${report.durationSeconds} s; ${path.relative(ROOT, RESULTS)}`);
const misses = report.figures.filter((figure) => figure.status === 'MISS').length;
console.log(`${misses} budget miss(es)${failures.length ? `; ${failures.length} measurement(s) FAILED` : ''}`);
process.exitCode = failures.length > 0 ? 1 : 0;
