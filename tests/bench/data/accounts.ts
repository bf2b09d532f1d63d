/**
 * Deterministic bench accounts: the same N accounts on every run, so runs
 * compare. Issuers cycle through well-known brands so the popup takes its real
 * brand-icon path; secrets are distinct so no import entry is a duplicate.
 */
import type { StoredAccount } from '../../../utils/accounts/model';

const ISSUERS = ['GitHub', 'Google', 'Microsoft', 'Amazon Web Services', 'Dropbox', 'Slack', 'GitLab', 'Cloudflare', 'Discord', 'Reddit', 'Stripe', 'Twitch', 'Bitwarden', 'Proton', 'Example Bank'];
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const CREATED_AT = Date.UTC(2024, 0, 1);

/** 32 base32 characters (160 bits, as most sites issue) from a small LCG seeded by the index. */
function secretFor(index: number): string {
  let state = (index + 1) * 2654435761;
  let secret = '';
  for (let i = 0; i < 32; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    secret += BASE32[state >>> 27];
  }
  return secret;
}

export function benchAccounts(count: number): StoredAccount[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `bench-${index}`,
    type: 'totp',
    issuer: ISSUERS[index % ISSUERS.length]!,
    label: `user${index}@example.com`,
    secret: secretFor(index),
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    counter: 0,
    createdAt: CREATED_AT,
    pinned: false,
    sites: [],
    icon: { kind: 'auto' },
    note: '',
  }));
}

