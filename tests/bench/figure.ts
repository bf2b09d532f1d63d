/** One measured number, as every measurement returns it and the report prints it. */
export type Unit = 'ms' | 'ms/s' | 'KB' | 'MB';

export interface Figure {
  /** Stable key: the budget's key in budgets.ts and the JSON report's. */
  id: string;
  label: string;
  /** The reported value: the median when there are several runs. */
  value: number;
  unit: Unit;
  /** Every run's value, when the figure is a median. */
  runs?: number[];
  /** A short breakdown for the table (where the time went). */
  note?: string;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** A figure from several runs: the median, with every run kept. */
export function medianFigure(id: string, label: string, unit: Unit, runs: readonly number[], note?: string): Figure {
  return { id, label, unit, value: round(median(runs)), runs: runs.map(round), ...(note === undefined ? {} : { note }) };
}

/** Two decimals: enough below a millisecond, short in JSON. */
export function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** For people: about three significant figures (0.42, 3.6, 87, 1,532). */
export function formatNumber(value: number): string {
  const digits = value < 10 ? 2 : value < 100 ? 1 : 0;
  return value.toLocaleString('en', { maximumFractionDigits: digits });
}

/** The median of some runs, for a figure's note. */
export function medianText(values: readonly number[]): string {
  return formatNumber(median(values));
}

/** Times `action` on this process's clock. */
export async function timed<T>(action: () => Promise<T> | T): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await action();
  return { value, ms: performance.now() - start };
}
