/** Shape checks for the account messages' payloads (extension pages only, still validated). */
import { parseIcon, parseNote, parseSiteLinks, parseText } from '@/utils/accounts/parse';
import type { AccountChanges, NewAccount } from '@/utils/messaging';
import { OTP_ALGORITHMS, OTP_TYPES, type OtpAlgorithm, type OtpType } from '@/utils/otp/account';
import { badRequest, expectRecord, expectString } from './payload';

const MAX_IDS = 10_000;

function optionalInteger(value: unknown, what: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw badRequest(what);
  return value;
}

/** Types and sizes only; the OTP rules (base32, digit range, …) are the OTP core's, with its messages. */
export function parseNewAccount(payload: unknown): NewAccount {
  const record = expectRecord(payload, 'account');
  const type = record.type ?? 'totp';
  const algorithm = record.algorithm ?? 'SHA1';
  if (!OTP_TYPES.includes(type as OtpType)) throw badRequest('type');
  if (!OTP_ALGORITHMS.includes(algorithm as OtpAlgorithm)) throw badRequest('algorithm');
  return {
    type: type as OtpType,
    algorithm: algorithm as OtpAlgorithm,
    secret: expectString(record.secret, 'secret', 1024),
    issuer: parseText(record.issuer ?? '', 'issuer'),
    label: parseText(record.label ?? '', 'label'),
    digits: optionalInteger(record.digits, 'digits') ?? 6,
    period: optionalInteger(record.period, 'period') ?? 30,
    counter: optionalInteger(record.counter, 'counter') ?? 0,
    ...(record.sites === undefined ? {} : { sites: parseSiteLinks(record.sites) }),
    ...(record.icon === undefined ? {} : { icon: parseIcon(record.icon) }),
  };
}

export function parseAccountChanges(payload: unknown): AccountChanges {
  const record = expectRecord(payload, 'changes');
  const changes: AccountChanges = { id: expectString(record.id, 'id', 64) };
  for (const [key, value] of Object.entries(record)) {
    if (key === 'id') continue;
    else if (key === 'issuer') changes.issuer = parseText(value, 'issuer');
    else if (key === 'label') changes.label = parseText(value, 'label');
    else if (key === 'pinned' && typeof value === 'boolean') changes.pinned = value;
    else if (key === 'sites') changes.sites = parseSiteLinks(value);
    else if (key === 'icon') changes.icon = parseIcon(value);
    else if (key === 'note') changes.note = parseNote(value);
    else throw badRequest(`field ${key}`);
  }
  return changes;
}

export function parseIds(payload: unknown): { ids: string[] } {
  const { ids } = expectRecord(payload, 'ids');
  if (!Array.isArray(ids) || ids.length > MAX_IDS) throw badRequest('ids');
  return { ids: ids.map((id) => expectString(id, 'id', 64)) };
}

export function parseId(payload: unknown): { id: string } {
  return { id: expectString(expectRecord(payload, 'id').id, 'id', 64) };
}

export function parsePassword(payload: unknown): { password: string } {
  return { password: expectString(expectRecord(payload, 'password').password, 'password', 1024) };
}

export function parseReveal(payload: unknown): { id: string; password: string } {
  return { ...parseId(payload), ...parsePassword(payload) };
}

export function parsePasswordChange(payload: unknown): { current: string; next: string } {
  const record = expectRecord(payload, 'password change');
  return { current: expectString(record.current, 'current password', 1024), next: expectString(record.next, 'new password', 1024) };
}
