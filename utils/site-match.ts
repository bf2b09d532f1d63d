/**
 * Which accounts belong to a page. A fill is allowed only by a site link the user
 * made: by default the same scheme, host and port; the same registrable domain
 * (e.g. any host under github.com) only when the link says so. Private suffixes
 * count as public ones here, so a.github.io and b.github.io are different sites.
 * The issuer name never authorises a fill: `resemblesIssuer` only ranks
 * suggestions that the user then confirms in Twofold's popup.
 */
import { getDomain, getDomainWithoutSuffix } from 'tldts';
import type { SiteLink } from './accounts/model';

const TLD_OPTIONS = { allowPrivateDomains: true } as const;

function webUrl(origin: string): URL | null {
  try {
    const url = new URL(origin);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    // "null" (a sandboxed or opaque origin) and anything else that is not a URL.
    return null;
  }
}

/** The registrable domain, or the host itself where there is none (IP addresses, localhost, bare suffixes). */
function siteOf(url: URL): string {
  return getDomain(url.hostname, TLD_OPTIONS) ?? url.hostname;
}

export function linkMatchesOrigin(link: SiteLink, pageOrigin: string): boolean {
  const page = webUrl(pageOrigin);
  const linked = webUrl(link.origin);
  if (!page || !linked) return false;
  if (link.match === 'origin') return page.origin === linked.origin;
  // Same site: the scheme must agree (an https link never fills over http); ports do not matter.
  return page.protocol === linked.protocol && siteOf(page) === siteOf(linked);
}

export function isLinkedTo(account: { sites: readonly SiteLink[] }, pageOrigin: string): boolean {
  return account.sites.some((link) => linkMatchesOrigin(link, pageOrigin));
}

function squash(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * The issuer names the site ("GitHub" on github.com, "Google" on accounts.google.com).
 * Only a hint for ordering suggestions; never a reason to fill.
 */
export function resemblesIssuer(issuer: string, pageOrigin: string): boolean {
  const page = webUrl(pageOrigin);
  const name = page && getDomainWithoutSuffix(page.hostname, TLD_OPTIONS);
  const wanted = squash(issuer);
  if (!name || wanted.length < 2) return false;
  const have = squash(name);
  if (have === wanted) return true;
  // "Google Workspace" on google.com; short names only as a whole, or "a" would resemble everything.
  return Math.min(have.length, wanted.length) >= 4 && (have.includes(wanted) || wanted.includes(have));
}
