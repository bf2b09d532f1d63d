/** Shape checks for the fill messages' payloads, and the content-script sender they need. */
import { TwofoldError } from '@/utils/errors';
import type { FieldsFound, FillKind, FillOnPageRequest } from '@/utils/fill-types';
import { badRequest, expectRecord, expectString } from './payload';
import type { FillSender } from './fill-service';
import type { SenderContext } from './sender';
import { t } from '@/utils/i18n/translate';

export function parseFieldsFound(payload: unknown): FieldsFound {
  const { otp, backup } = expectRecord(payload, 'fields');
  if (typeof otp !== 'boolean' || typeof backup !== 'boolean') throw badRequest('fields');
  return { otp, backup };
}

function isFillKind(kind: unknown): kind is FillKind {
  return kind === 'otp' || kind === 'backup';
}

/** A backup-code request passes the shape check; the fill service refuses it unless the popup asked for it. */
export function parseFillRequest(payload: unknown): { requestId: string; kind: FillKind } {
  const record = expectRecord(payload, 'fill request');
  if (!isFillKind(record.kind)) throw badRequest('fill kind');
  return { requestId: expectString(record.requestId, 'request id', 64), kind: record.kind };
}

export function parseFillOnPage(payload: unknown): FillOnPageRequest {
  const { tabId, frameId, accountId, confirmFrame, kind } = expectRecord(payload, 'fill');
  if (!Number.isSafeInteger(tabId) || !Number.isSafeInteger(frameId) || typeof confirmFrame !== 'boolean' || !isFillKind(kind)) {
    throw badRequest('fill');
  }
  return { tabId: tabId as number, frameId: frameId as number, accountId: expectString(accountId, 'account id', 64), confirmFrame, kind };
}

/** The router already refused every other caller; this narrows the type and keeps the promise. */
export function fillSender(sender: SenderContext): FillSender {
  if (sender.caller !== 'content-script') throw new TwofoldError('forbidden', t('errors.request.forbidden'));
  return sender;
}
