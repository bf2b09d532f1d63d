/**
 * Validation of account data that crosses a trust boundary: payloads from
 * extension pages, and records read back from the vault (a damaged record must
 * fail loudly, not flow on half-formed).
 */
import { TwofoldError } from '../errors';
import { validateAccount } from '../otp/validate';
import { VaultError } from '../vault/errors';
import type { AccountIcon, FillChoice, SiteLink, StoredAccount } from './model';
import { t } from '../i18n/translate';

const MAX_SITES = 50;
const MAX_ICON_DATA_URL = 64 * 1024;
const MAX_NOTE = 4096;
const COLOR = /^#[0-9a-f]{6}$/i;
const PNG_DATA_URL = /^data:image\/png;base64,[A-Za-z0-9+/]+=*$/;

function invalid(what: string): TwofoldError {
  return new TwofoldError('bad-request', t('errors.request.invalidAccount', { part: what }));
}

/** A web origin (http/https), normalised to scheme://host[:port]; anything else is refused. */
export function parseOrigin(value: unknown): string {
  if (typeof value !== 'string' || value.length > 2048) throw invalid('site');
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw invalid('site');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw invalid('site');
  return url.origin;
}

export function parseSiteLinks(value: unknown): SiteLink[] {
  if (!Array.isArray(value) || value.length > MAX_SITES) throw invalid('sites');
  return value.map((link) => {
    if (typeof link !== 'object' || link === null) throw invalid('site');
    const { origin, match } = link as Record<string, unknown>;
    if (match !== 'origin' && match !== 'registrable-domain') throw invalid('site match');
    return { origin: parseOrigin(origin), match };
  });
}

function parseFillChoices(value: unknown): FillChoice[] {
  if (!Array.isArray(value) || value.length > MAX_SITES) throw invalid('fill choices');
  return value.map((choice) => {
    const { origin, at } = (choice ?? {}) as Record<string, unknown>;
    if (typeof at !== 'number' || !Number.isFinite(at)) throw invalid('fill choice');
    return { origin: parseOrigin(origin), at };
  });
}

export function parseIcon(value: unknown): AccountIcon {
  if (typeof value !== 'object' || value === null) throw invalid('icon');
  const icon = value as Record<string, unknown>;
  if (icon.kind === 'auto') return { kind: 'auto' };
  if (icon.kind === 'letter' && typeof icon.color === 'string' && COLOR.test(icon.color)) return { kind: 'letter', color: icon.color };
  if (icon.kind === 'image' && typeof icon.dataUrl === 'string' && icon.dataUrl.length <= MAX_ICON_DATA_URL && PNG_DATA_URL.test(icon.dataUrl)) {
    return { kind: 'image', dataUrl: icon.dataUrl };
  }
  throw invalid('icon');
}

export function parseText(value: unknown, what: string, maxLength = 256): string {
  if (typeof value !== 'string' || value.length > maxLength) throw invalid(what);
  return value.trim();
}

export function parseNote(value: unknown): string {
  return parseText(value, 'note', MAX_NOTE);
}

/** A decrypted account record. Any deviation means the stored data is damaged. */
export function parseStoredAccount(value: unknown): StoredAccount {
  try {
    if (typeof value !== 'object' || value === null) throw invalid('record');
    const record = value as Record<string, unknown>;
    if (typeof record.id !== 'string' || typeof record.createdAt !== 'number' || typeof record.pinned !== 'boolean') {
      throw invalid('record');
    }
    const otp = validateAccount(record as Parameters<typeof validateAccount>[0]);
    return {
      ...otp,
      id: record.id,
      createdAt: record.createdAt,
      pinned: record.pinned,
      sites: parseSiteLinks(record.sites),
      icon: parseIcon(record.icon),
      note: parseNote(record.note ?? ''),
      ...(record.fillChoices === undefined ? {} : { fillChoices: parseFillChoices(record.fillChoices) }),
    };
  } catch {
    throw new VaultError('vault-damaged');
  }
}
