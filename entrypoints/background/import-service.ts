/**
 * Import in two steps, both in the worker: `preview` parses the file (its
 * secrets stay here, under a preview id) and returns secret-free views marked
 * new / duplicate / invalid; `commit` writes the chosen new entries and the
 * backup-code sets that came with them (Twofold's own backups, pointed at the
 * accounts' new ids) in one transaction: all or nothing. Nothing is written
 * before the user confirms.
 */
import type { StoredAccount } from '@/utils/accounts/model';
import type { BackupCodeSet } from '@/utils/backup-codes/model';
import { TwofoldError } from '@/utils/errors';
import type { ImportCommitRequest, ImportCommitResult, ImportPreview, ImportPreviewRequest } from '@/utils/import-export';
import { IMPORT_FORMATS, parseImport } from '@/utils/importers';
import type { ImportedAccount } from '@/utils/importers';
import { base64ToBytes } from '@/utils/vault/bytes';
import type { AccountService } from './account-service';
import { classifyImport, DuplicateIndex, type ClassifiedImport } from './import-classify';
import { toAccountIcon } from './import-icon';
import { PreviewStore } from './import-previews';
import type { VaultService } from './vault-service';
import { t } from '@/utils/i18n/translate';

export class ImportService {
  private readonly previews: PreviewStore<ClassifiedImport>;

  constructor(
    vault: VaultService,
    private readonly accounts: AccountService,
    private readonly now: () => number = Date.now,
  ) {
    this.previews = new PreviewStore(now);
    vault.onLock(() => this.previews.clear());
  }

  async preview({ fileName, data, password }: ImportPreviewRequest): Promise<ImportPreview> {
    const bytes = base64ToBytes(data);
    if (!bytes) throw new TwofoldError('bad-request', t('errors.request.malformedPart', { part: 'file' }));
    // Unlocked first: a locked Twofold does not spend a key derivation on a file.
    const existing = await this.accounts.storedAccounts();
    const result = await parseImport({ fileName, data: bytes }, password === undefined ? {} : { password });
    const classified = classifyImport(result, existing);
    const { previewId, expiresAt } = this.previews.add(classified);
    const formatLabel = IMPORT_FORMATS.find((format) => format.id === result.format)?.label ?? result.format;
    return { previewId, formatLabel, entries: classified.entries, expiresAt };
  }

  async commit({ previewId, indexes }: ImportCommitRequest): Promise<ImportCommitResult> {
    const { entries, accounts } = this.previews.get(previewId);
    const chosen = [...new Set(indexes)].sort((a, b) => a - b);
    if (chosen.some((index) => entries[index]?.status !== 'new')) {
      throw new TwofoldError('bad-request', t('errors.import.onlyNew'));
    }
    // The list may have changed since the preview (an account added in the popup).
    const current = new DuplicateIndex(await this.accounts.storedAccounts());
    const fresh = chosen.map((index) => accounts[index]!).filter((account) => !current.has(account));
    const createdAt = this.now();
    const stored = await Promise.all(fresh.map((account) => this.toStored(account, createdAt)));
    const sets = fresh.flatMap((account, index) => backupCodeSetOf(account, stored[index]!.id));
    await this.accounts.addAll(stored, [{ table: 'backupCodeSets', records: sets.map((set) => ({ id: set.id, value: set })) }]);
    this.previews.delete(previewId);
    return { added: fresh.length, skipped: chosen.length - fresh.length };
  }

  cancel(previewId: string): void {
    this.previews.delete(previewId);
  }

  private async toStored(imported: ImportedAccount, createdAt: number): Promise<StoredAccount> {
    const { type, issuer, label, secret, algorithm, digits, period, counter } = imported;
    return {
      type,
      issuer,
      label,
      secret,
      algorithm,
      digits,
      period,
      counter,
      id: crypto.randomUUID(),
      createdAt,
      pinned: imported.pinned ?? false,
      sites: imported.sites ?? [],
      icon: await toAccountIcon(imported.icon),
      note: imported.note ?? '',
    };
  }
}

/** The imported account's set, if it has one, under a new id and pointing at the account's new id. */
function backupCodeSetOf(imported: ImportedAccount, accountId: string): BackupCodeSet[] {
  return imported.backupCodes ? [{ ...imported.backupCodes, id: crypto.randomUUID(), accountId }] : [];
}
