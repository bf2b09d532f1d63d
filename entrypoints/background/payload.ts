/** Small validators for untrusted message payloads. Each throws a typed `bad-request`. */
import { TwofoldError } from '@/utils/errors';
import { t } from '@/utils/i18n/translate';

export function badRequest(what: string): TwofoldError {
  return new TwofoldError('bad-request', t('errors.request.malformedPart', { part: what }));
}

export function expectNoPayload(payload: unknown): void {
  if (payload !== undefined && payload !== null) throw badRequest('unexpected payload');
}

export function expectRecord(payload: unknown, what: string): Record<string, unknown> {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) throw badRequest(what);
  return payload as Record<string, unknown>;
}

export function expectString(value: unknown, what: string, maxLength = 4096): string {
  if (typeof value !== 'string' || value.length > maxLength) throw badRequest(what);
  return value;
}
