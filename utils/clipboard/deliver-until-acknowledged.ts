/**
 * Sends a message until the receiver acknowledges it. Chrome resolves
 * `offscreen.createDocument` before the document's script has registered its
 * listener, so the first sends may find no receiver ("Receiving end does not
 * exist") on a busy machine. Re-sending is safe because scheduling a clear is
 * idempotent: the latest copy of the same code just restarts the wait.
 */
export interface DeliveryOptions {
  /** Waits between attempts, in order; their count + 1 is the number of attempts. */
  backoffMs?: readonly number[];
  sleep?: (ms: number) => Promise<void>;
}

/** About 6 s in all: long enough for a loaded machine, short enough to give up on a broken one. */
export const DEFAULT_BACKOFF_MS = [25, 50, 100, 200, 400, 800, 1_600, 3_000] as const;

export class DeliveryFailedError extends Error {
  constructor(readonly attempts: number, readonly lastError: unknown) {
    super(`No acknowledgement after ${attempts} attempts.`);
    this.name = 'DeliveryFailedError';
  }
}

export async function deliverUntilAcknowledged(
  send: () => Promise<unknown>,
  { backoffMs = DEFAULT_BACKOFF_MS, sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms)) }: DeliveryOptions = {},
): Promise<void> {
  let lastError: unknown;
  for (let attempt = 0; attempt <= backoffMs.length; attempt++) {
    if (attempt > 0) await sleep(backoffMs[attempt - 1] ?? 0);
    try {
      // Only the offscreen document answers `true`; any other reply means it did not take the message.
      if ((await send()) === true) return;
      lastError = undefined;
    } catch (error) {
      lastError = error;
    }
  }
  throw new DeliveryFailedError(backoffMs.length + 1, lastError);
}
