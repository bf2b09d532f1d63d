import type { AccountView } from '@/utils/accounts/model';
import { i18n } from '#i18n';

/** How an account is named in sentences, dialogs and confirmations: "GitHub · you@example.com". */
export function accountName(account: Pick<AccountView, 'issuer' | 'label'>): string {
  return [account.issuer, account.label].filter(Boolean).join(' · ') || i18n.t('common.unnamedAccount');
}
