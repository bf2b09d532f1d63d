/** Finding an issuer's brand icon: "GitHub", "github.com", "GitHub: work" and "Google Account" all match. */
import type { BrandIcon } from './brand-catalog';

export function brandKey(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Shorter keys ("x", "ea") match only whole issuer names: a first word that short is too often something else. */
const MIN_FIRST_WORD_KEY = 3;

export function brandCandidates(issuer: string): string[] {
  const text = issuer.trim();
  const candidates = [brandKey(text)];
  // A host name ("accounts.google.com"): the label before the top-level domain names the site.
  if (/^[a-z0-9.-]+\.[a-z]{2,}$/i.test(text)) candidates.push(brandKey(text.split('.').at(-2) ?? ''));
  const firstWord = brandKey(text.split(/[\s:(|–—-]/)[0] ?? '');
  if (firstWord.length >= MIN_FIRST_WORD_KEY) candidates.push(firstWord);
  return candidates.filter(Boolean);
}

export type BrandIndex = ReadonlyMap<string, BrandIcon>;

export function indexBrands(icons: readonly BrandIcon[], aliases: Readonly<Record<string, string>>): BrandIndex {
  const index = new Map(icons.map((icon) => [brandKey(icon.title), icon]));
  for (const [alias, title] of Object.entries(aliases)) {
    const icon = index.get(brandKey(title));
    if (icon) index.set(alias, icon);
  }
  return index;
}

export function findBrand(index: BrandIndex, issuer: string): BrandIcon | undefined {
  for (const key of brandCandidates(issuer)) {
    const icon = index.get(key);
    if (icon) return icon;
  }
  return undefined;
}

/** Black or white, whichever reads better on the brand colour. */
export function inkFor(hex: string): string {
  const [r, g, b] = [0, 2, 4].map((at) => {
    const channel = parseInt(hex.slice(at, at + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  const luminance = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  return luminance > 0.4 ? '#000000' : '#ffffff';
}
