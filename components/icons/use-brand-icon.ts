/** The brand icon for an issuer, once the catalog chunk has loaded (the letter avatar shows until then). */
import { computed, shallowRef, watchEffect, type ComputedRef } from 'vue';
import { findBrand, indexBrands, type BrandIndex } from './brand-match';
import type { BrandIcon } from './brand-catalog';

const index = shallowRef<BrandIndex | null>(null);
let loading: Promise<void> | undefined;

function loadCatalog(): void {
  loading ??= import('./brand-catalog')
    .then(({ BRAND_ICONS, BRAND_ALIASES }) => {
      index.value = indexBrands(BRAND_ICONS, BRAND_ALIASES);
    })
    // Without the catalog every account keeps its letter avatar; nothing else depends on it.
    .catch(() => undefined);
}

/** `issuer` returns '' when the account does not want an automatic icon. */
export function useBrandIcon(issuer: () => string): ComputedRef<BrandIcon | undefined> {
  watchEffect(() => {
    if (issuer()) loadCatalog();
  });
  return computed(() => {
    const name = issuer();
    return name && index.value ? findBrand(index.value, name) : undefined;
  });
}
