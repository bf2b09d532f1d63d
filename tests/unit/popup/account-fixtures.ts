/** Account views as the worker sends them (never a secret), for component and store tests. */
import type { AccountView } from '@/utils/accounts/model';

export function accountView(overrides: Partial<AccountView> & Pick<AccountView, 'id'>): AccountView {
  return {
    type: 'totp',
    issuer: 'Example',
    label: 'me@example.test',
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    counter: 0,
    createdAt: 0,
    pinned: false,
    sites: [],
    icon: { kind: 'auto' },
    note: '',
    ...overrides,
  };
}
