/** Shape checks for the fill messages' payloads, and the content-script sender they need. */
import { TwofoldError } from '@/utils/errors';
import type { FieldsFound, FillKind } from '@/utils/fill-types';
import { badRequest, expectRecord, expectString } from './payload';
import type { FillSender } from './fill-service';
import type { SenderContext } from './sender';

export function parseFieldsFound(payload: unknown): FieldsFound {
  const { otp, backup } = expectRecord(payload, 'fields');
  if (typeof otp !== 'boolean' || typeof backup !== 'boolean') throw badRequest('fields');
  return { otp, backup };
}

export function parseFillRequest(payload: unknown): { requestId: string; kind: FillKind } {
  const record = expectRecord(payload, 'fill request');
  // Backup codes are filled from the popup only, by their own issue's message.
  if (record.kind !== 'otp') throw badRequest('fill kind');
  return { requestId: expectString(record.requestId, 'request id', 64), kind: record.kind };
}

export function parseFillOnPage(payload: unknown): { tabId: number; frameId: number; accountId: string; confirmFrame: boolean } {
  const { tabId, frameId, accountId, confirmFrame } = expectRecord(payload, 'fill');
  if (!Number.isSafeInteger(tabId) || !Number.isSafeInteger(frameId) || typeof confirmFrame !== 'boolean') throw badRequest('fill');
  return { tabId: tabId as number, frameId: frameId as number, accountId: expectString(accountId, 'account id', 64), confirmFrame };
}

/** The router already refused every other caller; this narrows the type and keeps the promise. */
export function fillSender(sender: SenderContext): FillSender {
  if (sender.caller !== 'content-script') throw new TwofoldError('forbidden', 'This request is not allowed from here.');
  return sender;
}
