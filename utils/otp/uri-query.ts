import { OtpError } from './errors';

/** Percent-decodes link text; a broken escape such as `%E0%A4` means a damaged link. */
export function decodePercent(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    throw new OtpError('invalid-uri');
  }
}

/**
 * Splits `a=1&b=2` into values by lower-cased name; the first occurrence wins.
 * Values stay percent-encoded because callers disagree on '+': it is a space in
 * an otpauth issuer but a base64 digit in a Google Authenticator export.
 */
export function parseQuery(query: string): Map<string, string> {
  const params = new Map<string, string>();
  for (const pair of query.split('&')) {
    const equals = pair.indexOf('=');
    const name = (equals < 0 ? pair : pair.slice(0, equals)).toLowerCase();
    if (name !== '' && !params.has(name)) params.set(name, equals < 0 ? '' : pair.slice(equals + 1));
  }
  return params;
}
