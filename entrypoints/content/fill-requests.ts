/**
 * Fill requests this document issued. The worker checks a request and delivers
 * the code with its id; a delivery for any other id (stale, repeated, invented)
 * fills nothing, and the field is checked again before it is filled.
 */
import { TwofoldError } from '@/utils/errors';
import type { FillKind } from '@/utils/fill-types';
import { sendToWorker } from '@/utils/messaging';
import { contentMessage } from './message';
import { canFill, fillField } from './fill';

const pending = new Map<string, readonly HTMLInputElement[]>();

function newRequestId(): string {
  // crypto.randomUUID needs a secure context; http pages have none.
  return crypto.getRandomValues(new Uint32Array(4)).join('-');
}

/** The inline button passes the inputs alone: it only ever fills one-time codes. */
export async function requestFill(inputs: readonly HTMLInputElement[], kind: FillKind = 'otp'): Promise<void> {
  if (!canFill(inputs)) {
    throw new TwofoldError('field-refused', contentMessage('content.fieldRefused'));
  }
  const requestId = newRequestId();
  pending.set(requestId, inputs);
  try {
    await sendToWorker('fill.request', { requestId, kind });
  } finally {
    pending.delete(requestId);
  }
}

/** The worker's delivery: one use per request id. */
export function deliverCode(requestId: string, code: string): boolean {
  const inputs = pending.get(requestId);
  pending.delete(requestId);
  return inputs !== undefined && canFill(inputs) && fillField(inputs, code);
}
