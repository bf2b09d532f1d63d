/**
 * Reads a pasted or downloaded list of backup codes, in the layouts sites use:
 * one per line, several per line (spaces, tabs, commas), numbered ("1. abcd-efgh"),
 * bulleted, Google's "1234 5678" pairs, with a heading or instructions around them.
 * Codes keep their dashes and inner spaces as shown; the largest group of codes
 * with one shape wins, so dates, headings and footers drop out.
 */
import { TwofoldError } from '../errors';
import { t } from '../i18n/translate';

export const MAX_BACKUP_CODES = 64;
const MAX_INPUT_CHARACTERS = 64 * 1024;

const CHUNK_SEPARATORS = /[\t,;|]+| {2,}/;
const LIST_MARKER = /^(?:\d{1,2}[.)]\s+|[-*•·▪◦]\s+)/;
const CODE = /^[A-Za-z0-9]+(?:[- ][A-Za-z0-9]+)*$/;
const DIGIT = /\d/;
const ALPHANUMERIC = /[A-Za-z0-9]/g;
const PAIR_PART = /^[A-Za-z0-9]{3,6}$/;

function candidatesInChunk(chunk: string): string[] {
  const text = chunk.trim().replace(LIST_MARKER, '').trim();
  if (!text) return [];
  const parts = text.split(' ');
  // "1234 5678" is one code (Google); "abcd1 efgh2 ijkl3" are three.
  if (parts.length === 2 && parts.every((part) => PAIR_PART.test(part)) && parts[0]!.length === parts[1]!.length) return [text];
  return parts;
}

function looksLikeCode(token: string): boolean {
  const alphanumerics = token.match(ALPHANUMERIC)?.length ?? 0;
  // Words ("Save", "codes") have no digit and no separator.
  return CODE.test(token) && alphanumerics >= 6 && alphanumerics <= 32 && (DIGIT.test(token) || /[- ]/.test(token));
}

/** "a1b2c-3d4e5" → "xxxxx-xxxxx": codes of one set share it. */
function shapeOf(code: string): string {
  return code.replace(ALPHANUMERIC, 'x');
}

export function parseBackupCodes(text: string): string[] {
  if (text.length > MAX_INPUT_CHARACTERS) {
    throw new TwofoldError('too-many-codes', t('errors.backupCodes.tooLong'));
  }
  const tokens = text
    .split(/\r?\n/)
    .flatMap((line) => line.split(CHUNK_SEPARATORS))
    .flatMap(candidatesInChunk)
    .filter(looksLikeCode);
  const byShape = new Map<string, string[]>();
  for (const token of tokens) byShape.set(shapeOf(token), [...(byShape.get(shapeOf(token)) ?? []), token]);
  const largest = [...byShape.values()].reduce<string[]>((best, group) => (group.length > best.length ? group : best), []);
  const codes = [...new Set(largest)];
  if (codes.length === 0) {
    throw new TwofoldError('no-codes-found', t('errors.backupCodes.noneFound'));
  }
  if (codes.length > MAX_BACKUP_CODES) {
    throw new TwofoldError('too-many-codes', t('errors.backupCodes.tooMany', { max: MAX_BACKUP_CODES }));
  }
  return codes;
}
