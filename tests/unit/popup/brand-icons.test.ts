import { describe, expect, it } from 'vitest';
import { BRAND_ALIASES, BRAND_ICONS } from '@/components/icons/brand-catalog';
import { brandCandidates, findBrand, indexBrands, inkFor } from '@/components/icons/brand-match';

describe('brand icons', () => {
  const index = indexBrands(BRAND_ICONS, BRAND_ALIASES);
  const title = (issuer: string) => findBrand(index, issuer)?.title;

  it('ships a small catalog whose aliases all point at icons it has', () => {
    expect(BRAND_ICONS.length).toBeGreaterThan(50);
    expect(BRAND_ICONS.length).toBeLessThan(150);
    for (const alias of Object.keys(BRAND_ALIASES)) expect(index.has(alias), alias).toBe(true);
    for (const icon of BRAND_ICONS) expect(icon.hex).toMatch(/^[0-9A-F]{6}$/i);
  });

  it('matches issuers as setup links spell them', () => {
    expect(title('GitHub')).toBe('GitHub');
    expect(title('github.com')).toBe('GitHub');
    expect(title('accounts.google.com')).toBe('Google');
    expect(title('Google Account')).toBe('Google');
    expect(title('Twitter')).toBe('X');
    expect(title('Proton Mail')).toBe('Proton Mail');
    expect(title('Battle.net')).toBe('Battle.net');
  });

  it('does not guess from a short first word or an unknown name', () => {
    expect(brandCandidates('X Bank')).toEqual(['xbank']);
    expect(title('X Bank')).toBeUndefined();
    expect(title('Zyxwvu Bank')).toBeUndefined();
    expect(title('')).toBeUndefined();
  });

  it('picks readable ink for the brand colour', () => {
    expect(inkFor('FFFFFF')).toBe('#000000');
    expect(inkFor('FFE01B')).toBe('#000000');
    expect(inkFor('181717')).toBe('#ffffff');
    expect(inkFor('2457C5')).toBe('#ffffff');
  });
});
