import { parseOtpauthUri } from '../otp/uri';
import { decodePercent, parseQuery } from '../otp/uri-query';
import { rejectUnsupportedType, toImportedAccount } from './entries';
import { field, isObject } from './json';
import { MAX_NAME_LENGTH } from './limits';
import { cleanText } from './text';
import type { ImportedAccount } from './types';

/**
 * One otpauth:// link from a file. Ente Auth adds a `codeDisplay` parameter
 * (URL-encoded JSON of its display state); only its `note` is kept.
 */
export function accountFromOtpauthUri(uri: string): ImportedAccount {
  // motp://… and otpauth://yaotp/… name codes we know but cannot generate: say so.
  const kind = /^([a-z]+):\/\/([^/?#]*)/i.exec(uri.trim());
  if (kind) rejectUnsupportedType(kind[1]!.toLowerCase() === 'otpauth' ? kind[2]! : kind[1]!);
  const account = parseOtpauthUri(uri);
  return toImportedAccount({ ...account, note: codeDisplayNote(uri) });
}

function codeDisplayNote(uri: string): unknown {
  const query = uri.slice(uri.indexOf('?') + 1);
  if (!/codedisplay=/i.test(query)) return undefined;
  const raw = parseQuery(query).get('codedisplay');
  if (!raw) return undefined;
  try {
    // Form encoding: '+' is a space ("ente+auth").
    const display: unknown = JSON.parse(decodePercent(raw.replace(/\+/g, ' ')));
    return isObject(display) ? field(display, 'note') : undefined;
  } catch {
    // The note is a nicety: a damaged codeDisplay must not cost the account.
    return undefined;
  }
}

/** The decoded label of a link, for naming an entry that failed; never throws. */
export function describeUri(uri: string): string | undefined {
  const label = /^[a-z-]+:\/\/[^/?#]*\/([^?#]*)/i.exec(uri)?.[1];
  if (!label) return undefined;
  try {
    return cleanText(decodeURIComponent(label), MAX_NAME_LENGTH) || undefined;
  } catch {
    return cleanText(label, MAX_NAME_LENGTH) || undefined;
  }
}

/** The account part of a link's label ("Issuer:alice" → "alice"), read without validating the link. */
export function accountOfUri(uri: string): string {
  const label = describeUri(uri) ?? '';
  return label.slice(label.indexOf(':') + 1);
}
