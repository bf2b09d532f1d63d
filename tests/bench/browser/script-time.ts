/**
 * Main-thread time a script spent, read from a trace: its compile and
 * evaluation, and every callback of it the browser called later (listeners,
 * timers, observers), each counted once even when nested. Work a script does
 * after awaiting a promise runs in a microtask the trace does not attribute to
 * it; that is not counted.
 */
import type { TraceEvent } from './trace';

const ATTRIBUTED = new Set(['EvaluateScript', 'v8.compile', 'FunctionCall']);

export interface ScriptTime {
  totalMs: number;
  /** Evaluations (with their compile) and callbacks, counted apart for the breakdown. */
  evaluateMs: number;
  callbacksMs: number;
}

export function scriptTime(events: readonly TraceEvent[], urlPart: string): ScriptTime {
  const own = events
    .filter((event) => event.ph === 'X' && ATTRIBUTED.has(event.name) && event.args?.data?.url?.includes(urlPart))
    .sort((a, b) => a.ts - b.ts);
  const outermost: TraceEvent[] = [];
  for (const event of own) {
    const parent = outermost.find((other) => other.pid === event.pid && other.tid === event.tid && other.ts + (other.dur ?? 0) >= event.ts + (event.dur ?? 0));
    if (!parent) outermost.push(event);
  }
  const sum = (list: TraceEvent[]) => list.reduce((total, event) => total + (event.dur ?? 0), 0) / 1000;
  const callbacks = outermost.filter((event) => event.name === 'FunctionCall');
  const evaluations = outermost.filter((event) => event.name !== 'FunctionCall');
  return { totalMs: sum(outermost), evaluateMs: sum(evaluations), callbacksMs: sum(callbacks) };
}
