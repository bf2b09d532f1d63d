/**
 * Backup-code sets in the worker. One current set per account: saving a new set
 * (after regenerating on the site) replaces the old one, whose codes the site no
 * longer accepts. A code is handed out and marked used in one atomic update, so
 * it is never handed out twice, even to two requests at the same moment.
 */
import { TwofoldError } from '@/utils/errors';
import { VaultError } from '@/utils/vault/errors';
import {
  markCodeUnused,
  summarize,
  takeNextUnusedCode,
  type BackupCodeSet,
  type BackupCodeSource,
  type BackupCodeSummary,
} from '@/utils/backup-codes/model';
import { parseBackupCodeSet } from '@/utils/backup-codes/validate';
import type { VaultService } from './vault-service';

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
        if (!next) {
          throw new TwofoldError('no-backup-codes-left', 'No unused backup codes are left for this account. Generate new ones on the site and save them in Twofold.');
        }
        taken = next.code;
        return next.set;
      }),
    );
    return { code: taken, summary: summarize(written) };
  }

  async markUnused(accountId: string, code: string): Promise<BackupCodeSummary> {
    const set = await this.setOf(accountId);
    if (!set.codes.some((entry) => entry.code === code)) throw new VaultError('not-found');
    const repository = await this.vault.unlockedRepository();
    const written = await repository.updateRecord('backupCodeSets', set.id, (value) => markCodeUnused(parseBackupCodeSet(value), code));
    return summarize(parseBackupCodeSet(written));
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
    if (!set) throw new TwofoldError('no-backup-codes', 'No backup codes are saved for this account.');
    return set;
  }

  private async sets(): Promise<BackupCodeSet[]> {
    const repository = await this.vault.unlockedRepository();
    return (await repository.listRecords('backupCodeSets')).map((record) => parseBackupCodeSet(record.value));
  }
}
