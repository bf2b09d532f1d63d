/**
 * Backup-code sets in the worker. One current set per account: saving a new set
 * (after regenerating on the site) replaces the old one, whose codes the site no
 * longer accepts. A code is handed out and marked used in one atomic update, so
 * it is never handed out twice, even to two requests at the same moment.
 */
import { TwofoldError } from '@/utils/errors';
import { VaultError } from '@/utils/vault/errors';
import {
  markLastHandedOutUnused,
  summarize,
  takeNextUnusedCode,
  type BackupCodeSet,
  type BackupCodeSource,
  type BackupCodeSummary,
} from '@/utils/backup-codes/model';
import { parseBackupCodeSet } from '@/utils/backup-codes/validate';
import type { VaultService } from './vault-service';
import { t } from '@/utils/i18n/translate';

export class BackupCodeService {
  constructor(
    private readonly vault: VaultService,
    private readonly now: () => number = Date.now,
  ) {}

  async list(): Promise<BackupCodeSummary[]> {
    return (await this.sets()).map(summarize);
  }

  /** Saves `codes` as the account's set, replacing (superseding) any earlier set. */
  async save(accountId: string, codes: string[], source: BackupCodeSource): Promise<BackupCodeSummary> {
    const repository = await this.vault.unlockedRepository();
    if (!(await repository.getRecord('accounts', accountId))) throw new VaultError('not-found');
    const previous = (await this.sets()).filter((set) => set.accountId === accountId);
    const set: BackupCodeSet = {
      id: crypto.randomUUID(),
      accountId,
      savedAt: this.now(),
      source,
      codes: [...new Set(codes)].map((code) => ({ code, usedAt: null })),
    };
    await repository.replaceRecords('backupCodeSets', previous.map(({ id }) => id), [{ id: set.id, value: set }]);
    return summarize(set);
  }

  /** The next unused code of the account's set, marked used before it is returned. */
  async takeNextCode(accountId: string): Promise<{ code: string; summary: BackupCodeSummary }> {
    const set = await this.setOf(accountId);
    const repository = await this.vault.unlockedRepository();
    let taken = '';
    const written = parseBackupCodeSet(
      await repository.updateRecord('backupCodeSets', set.id, (value) => {
        const next = takeNextUnusedCode(parseBackupCodeSet(value), this.now());
        if (!next) throw noCodesLeft();
        taken = next.code;
        return next.set;
      }),
    );
    return { code: taken, summary: summarize(written) };
  }

  /** Refuses before a fill starts when the account has no unused code, so the popup hears why from the worker itself. */
  async requireUnusedCode(accountId: string): Promise<void> {
    if (!(await this.setOf(accountId)).codes.some((code) => code.usedAt === null)) throw noCodesLeft();
  }

  /** The code handed out last did not work: it goes back to the unused ones. */
  async markUnused(accountId: string): Promise<BackupCodeSummary> {
    const set = await this.setOf(accountId);
    const repository = await this.vault.unlockedRepository();
    const written = await repository.updateRecord('backupCodeSets', set.id, (value) => {
      const restored = markLastHandedOutUnused(parseBackupCodeSet(value));
      if (!restored) throw new TwofoldError('no-used-backup-code', t('errors.backupCodes.noneUsed'));
      return restored;
    });
    return summarize(parseBackupCodeSet(written));
  }

  /** The accounts whose current set holds exactly `codes` (in any order): a page showing them again has nothing new. */
  async accountsHolding(codes: readonly string[]): Promise<string[]> {
    const wanted = new Set(codes);
    const same = (set: BackupCodeSet) => set.codes.length === wanted.size && set.codes.every(({ code }) => wanted.has(code));
    return (await this.sets()).filter(same).map((set) => set.accountId);
  }

  /** The codes themselves (to view, copy, download, print): only after the password is proven again. */
  async reveal(accountId: string, password: string): Promise<BackupCodeSet> {
    await this.vault.verifyPassword(password);
    return this.setOf(accountId);
  }

  async removeForAccounts(accountIds: string[]): Promise<void> {
    const ids = new Set(accountIds);
    const doomed = (await this.sets()).filter((set) => ids.has(set.accountId)).map((set) => set.id);
    if (doomed.length > 0) await (await this.vault.unlockedRepository()).deleteRecords('backupCodeSets', doomed);
  }

  private async setOf(accountId: string): Promise<BackupCodeSet> {
    const set = (await this.sets()).find((candidate) => candidate.accountId === accountId);
    if (!set) throw new TwofoldError('no-backup-codes', t('errors.backupCodes.noneSaved'));
    return set;
  }

  private async sets(): Promise<BackupCodeSet[]> {
    const repository = await this.vault.unlockedRepository();
    return (await repository.listRecords('backupCodeSets')).map((record) => parseBackupCodeSet(record.value));
  }
}

function noCodesLeft(): TwofoldError {
  return new TwofoldError('no-backup-codes-left', t('errors.backupCodes.noneLeft'));
}
