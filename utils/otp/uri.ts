import type { OtpAccount, OtpType } from './account';
import { OtpError } from './errors';
import { joinIssuerLabel, splitIssuerLabel } from './label';
import { decodePercent, parseQuery } from './uri-query';
import { validateAccount } from './validate';
import { t } from '../i18n/translate';

/**
 * The Key URI Format of Google Authenticator, which every app reads and writes:
 * otpauth://TYPE/[ISSUER:]ACCOUNT?secret=…&issuer=…&algorithm=…&digits=…&period=…&counter=…
 * Parsed by hand: `new URL()` treats custom schemes as opaque and differs
 * between browsers on where the host ends.
 */

// Real links are under 300 characters; the cap keeps pasted junk cheap to refuse.
export const MAX_OTPAUTH_URI_LENGTH = 4096;

const OTPAUTH_URI = /^otpauth:\/\/([^/?#]*)\/?([^?#]*)(?:\?([^#]*))?/i;

export function parseOtpauthUri(uri: string): OtpAccount {
  const text = uri.trim();
  if (!/^otpauth:/i.test(text)) throw new OtpError('not-otpauth');
  if (text.length > MAX_OTPAUTH_URI_LENGTH) {
    throw new OtpError('invalid-uri', t('errors.otp.uriTooLong'));
  }
  const [, host = '', rawLabel = '', rawQuery = ''] = OTPAUTH_URI.exec(text) ?? [];
  if (host === '') throw new OtpError('invalid-uri');

  const params = parseQuery(rawQuery);
  // Query values follow form encoding, where '+' is a space ("issuer=ACME+Co").
  const param = (name: string) => decodePercent((params.get(name) ?? '').replace(/\+/g, ' ')).trim() || undefined;

  const [labelIssuer, label] = splitLabel(rawLabel);
  const issuer = param('issuer') ?? labelIssuer ?? '';
  return validateAccount({
    type: detectType(host.toLowerCase(), param('encoder'), issuer),
    issuer,
    label,
    secret: param('secret') ?? '',
    algorithm: param('algorithm')?.toUpperCase() as OtpAccount['algorithm'] | undefined,
    digits: parseInteger(param('digits')),
    // validateAccount ignores the one of these the type does not use.
    period: parseInteger(param('period')),
    counter: parseInteger(param('counter')),
  });
}

/**
 * Writes the form other apps read. Steam goes out as TOTP with
 * `encoder=steam&digits=5` (KeePassXC's form): apps that know Steam show
 * Steam codes, the others at least keep the key. An issuer-less label that
 * contains ':' gets a leading ':' (see label.ts).
 */
export function toOtpauthUri(account: OtpAccount): string {
  const { type, issuer, label } = account;
  const params: [string, string | number][] = [['secret', account.secret]];
  if (issuer !== '') params.push(['issuer', issuer]);
  params.push(['algorithm', account.algorithm], ['digits', account.digits]);
  params.push(type === 'hotp' ? ['counter', account.counter] : ['period', account.period]);
  if (type === 'steam') params.push(['encoder', 'steam']);

  const encodedLabel = joinIssuerLabel(issuer, label, encodeURIComponent);
  const query = params.map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join('&');
  return `otpauth://${type === 'hotp' ? 'hotp' : 'totp'}/${encodedLabel}?${query}`;
}

/**
 * Splits "Issuer:Account" into [issuer, account]. A literal ':' in the raw
 * label is the separator, so an issuer holding an encoded "%3A" survives;
 * without one, the decoded text is split, because Google's own examples
 * encode the separator too ("ACME%20Co%3Ajohn"). '+' in a label is kept: it
 * is part of addresses like "me+2fa@example.com".
 */
function splitLabel(rawLabel: string): [issuer: string | undefined, account: string] {
  const [issuer, account] = splitIssuerLabel(rawLabel);
  if (issuer === undefined) return splitIssuerLabel(decodePercent(account));
  return [decodePercent(issuer), decodePercent(account)];
}

/** Steam Guard arrives as its own type, as `encoder=steam`, or as a TOTP issued by Steam. */
function detectType(host: string, encoder: string | undefined, issuer: string): OtpType {
  const isSteam = host === 'steam' || encoder?.toLowerCase() === 'steam' || (host === 'totp' && issuer.trim().toLowerCase() === 'steam');
  // An unknown host passes through so validateAccount reports 'invalid-type'.
  return isSteam ? 'steam' : (host as OtpType);
}

/** Whole decimal numbers only: "6" → 6, absent → default, anything else → NaN (rejected downstream). */
function parseInteger(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  return /^\d+$/.test(text) ? Number(text) : Number.NaN;
}
