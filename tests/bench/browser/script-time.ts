/**
 * Main-thread time a content script spent, read from a trace: its compile and
 * evaluation, the modules it imports (compiled and evaluated in its isolated
 * world), every callback of it the browser called later (listeners, timers,
 * observers), and the microtasks run in the same tasks (promise reactions: the
 * code after an `await` or in a `then`, which the trace attributes to no script).
 * Each span is counted once even when nested.
 *
 * Left out, and why it is small for the measured pages: a microtask run in a task
 * that holds none of the script's own work, i.e. the reply to a message it sent
 * (only pages with a code field send one at load). Counted in excess: a page's own
 * microtasks in a task shared with one of the script's callbacks (an event both listen to).
 */
import type { TraceEvent } from './trace';

/** Events that name the script they run. */
const BY_URL = new Set(['EvaluateScript', 'v8.compile', 'v8.compileModule', 'FunctionCall']);
/** Module evaluation names the world it runs in: a content script's isolated world bears the extension's name. */
const BY_WORLD = new Set(['v8.evaluateModule']);
const TASKS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);
const MICROTASKS = 'RunMicrotasks';

export interface ScriptTime {
  /** Wall-clock time of the spans below. */
  totalMs: number;
  /**
   * The main thread's CPU time in them (trace `tdur`): on a loaded machine the wall clock also
   * counts the time other processes held the core, which this leaves out.
   */
  threadMs: number;
  /** Evaluations and imports (with their compile), callbacks, and microtasks, counted apart for the breakdown. */
  evaluateMs: number;
  callbacksMs: number;
  microtasksMs: number;
}

export interface ScriptSelector {
  /** Script URLs that are the content script's (its file and the modules it imports). */
  url: (url: string) => boolean;
  /** The isolated world's name (the extension's name). */
  world: string;
}

const end = (event: TraceEvent) => event.ts + (event.dur ?? 0);
const sameThread = (a: TraceEvent, b: TraceEvent) => a.pid === b.pid && a.tid === b.tid;
const encloses = (outer: TraceEvent, inner: TraceEvent) =>
  sameThread(outer, inner) && outer.ts <= inner.ts && end(outer) >= end(inner) && outer !== inner;

function isOwn(event: TraceEvent, selector: ScriptSelector): boolean {
  if (event.ph !== 'X') return false;
  const args = event.args as { data?: { url?: string }; worldName?: string } | undefined;
  if (BY_URL.has(event.name)) return selector.url(args?.data?.url ?? '');
  return BY_WORLD.has(event.name) && args?.worldName === selector.world;
}

/** The events not inside another of them. */
function outermost(events: readonly TraceEvent[]): TraceEvent[] {
  return events.filter((event) => !events.some((other) => encloses(other, event)));
}

export function scriptTime(events: readonly TraceEvent[], selector: ScriptSelector): ScriptTime {
  const own = outermost(events.filter((event) => isOwn(event, selector)));
  // The tasks the script worked in, and the microtask checkpoints of those tasks outside its own spans.
  const tasks = events.filter((event) => event.ph === 'X' && TASKS.has(event.name) && own.some((span) => encloses(event, span)));
  const microtasks = outermost(
    events.filter(
      (event) =>
        event.ph === 'X' &&
        event.name === MICROTASKS &&
        tasks.some((task) => encloses(task, event)) &&
        !own.some((span) => encloses(span, event)),
    ),
  );
  // Complete events carry their thread-clock duration too (`tdur`), where the platform has a thread clock.
  const sum = (list: readonly TraceEvent[], clock: 'dur' | 'tdur' = 'dur') =>
    list.reduce((total, event) => total + ((event as TraceEvent & { tdur?: number })[clock] ?? event.dur ?? 0), 0) / 1000;
  const callbacks = own.filter((event) => event.name === 'FunctionCall');
  const evaluations = own.filter((event) => event.name !== 'FunctionCall');
  // A checkpoint may itself call one of the script's callbacks (a MutationObserver's): counted once.
  const counted = outermost([...own, ...microtasks]);
  const totalMs = sum(counted);
  return { totalMs, threadMs: sum(counted, 'tdur'), evaluateMs: sum(evaluations), callbacksMs: sum(callbacks), microtasksMs: totalMs - sum(own) };
}
