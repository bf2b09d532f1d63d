/**
 * Marks each entry of a parsed import as new, duplicate (already in Twofold or
 * earlier in the same file) or invalid (with the importer's reason), and makes
 * the secret-free views the options page shows.
 */
import { isSameAccount } from '@/utils/accounts/model';
import type { ImportEntryView } from '@/utils/import-export';
import type { ImportedAccount, ImportResult } from '@/utils/importers';
import type { OtpAccount } from '@/utils/otp/account';
import { t } from '@/utils/i18n/translate';

export interface ClassifiedImport {
  entries: ImportEntryView[];
  /** The parsed account of each valid entry, at the entry's index. */
  accounts: ImportedAccount[];
}


/** Same-account lookups by secret first, so 10,000 entries against 10,000 accounts stay linear. */
export class DuplicateIndex {
  private readonly bySecret = new Map<string, OtpAccount[]>();

  constructor(accounts: readonly OtpAccount[] = []) {
    for (const account of accounts) this.add(account);
  }

  has(account: OtpAccount): boolean {
    return (this.bySecret.get(account.secret) ?? []).some((known) => isSameAccount(known, account));
  }

  add(account: OtpAccount): void {
    const bucket = this.bySecret.get(account.secret);
    if (bucket) bucket.push(account);
    else this.bySecret.set(account.secret, [account]);
  }
}

export function classifyImport(result: ImportResult, existing: readonly OtpAccount[]): ClassifiedImport {
  const alreadyInTwofold = t('errors.import.alreadyInTwofold');
  const earlierInFile = t('errors.import.earlierInFile');
  const inVault = new DuplicateIndex(existing);
  const inFile = new DuplicateIndex();
  const entries: ImportEntryView[] = result.accounts.map((account, index) => {
    const reason = inVault.has(account) ? alreadyInTwofold : inFile.has(account) ? earlierInFile : undefined;
    inFile.add(account);
    const { issuer, label, type } = account;
    return reason ? { index, status: 'duplicate', issuer, label, type, reason } : { index, status: 'new', issuer, label, type };
  });
  // Entries that could not be read follow the good ones, each with the importer's reason.
  for (const error of result.errors) {
    entries.push({
      index: entries.length,
      status: 'invalid',
      issuer: error.name ?? t('errors.import.entryNumber', { number: error.index + 1 }),
      label: '',
      reason: error.message,
    });
  }
  return { entries, accounts: result.accounts };
}
