/**
 * The bench's output: a JSON report (every run's values, the machine's load)
 * and a Markdown table of each figure beside its budget, ready for the README.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BUDGETS, type Budget } from './budgets';
import { formatNumber, type Figure } from './figure';

export type Status = 'ok' | 'MISS' | 'no budget';

export interface ReportedFigure extends Figure {
  budget?: Budget;
  status: Status;
}

export interface Machine {
  cpus: number;
  cpuModel: string;
  node: string;
  chromium: string;
  /** 1-minute load average when the bench started and ended: above the core count, figures are inflated. */
  loadAverage: { start: number; end: number };
}

export interface Report {
  generatedAt: string;
  machine: Machine;
  durationSeconds: number;
  figures: ReportedFigure[];
  /** Measurements that could not run (their figures are missing). */
  failures: Array<{ measurement: string; error: string }>;
}

export function judge(figure: Figure): ReportedFigure {
  const budget = BUDGETS[figure.id];
  if (!budget) return { ...figure, status: 'no budget' };
  if (budget.unit !== figure.unit) throw new Error(`${figure.id}: measured in ${figure.unit}, budget in ${budget.unit}`);
  return { ...figure, budget, status: figure.value <= budget.max ? 'ok' : 'MISS' };
}

export function formatTable(figures: readonly ReportedFigure[]): string {
  const rows = figures.map((figure) => {
    const budget = figure.budget ? `≤ ${formatNumber(figure.budget.max)} ${figure.budget.unit}` : '—';
    const status = figure.status === 'no budget' ? '' : figure.status;
    return `| ${figure.label} | ${formatNumber(figure.value)} ${figure.unit} | ${budget} | ${status} | ${figure.note ?? ''} |`;
  });
  return ['| measurement | result | budget | | where the time goes |', '|---|---:|---:|---|---|', ...rows].join('\n');
}

export async function writeReport(file: string, report: Report): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
}
