/**
 * Export after the password is proven again by unwrapping the data key with
 * it (repository.verifyPassword), never on the strength of the unlocked
 * session alone: someone at an unattended, unlocked browser cannot export.
 */
import { TwofoldError } from '@/utils/errors';
import { buildExport } from '@/utils/exporters';
import type { ExportRequest, ExportResult } from '@/utils/import-export';
import type { KdfCost } from '@/utils/vault/kdf-params';
import type { AccountService } from './account-service';
import type { VaultService } from './vault-service';
import { t } from '@/utils/i18n/translate';

export class ExportService {
  constructor(
    private readonly vault: VaultService,
    private readonly accounts: AccountService,
    private readonly now: () => number = Date.now,
    /** Tests only: a cheaper cost for the encrypted file. */
    private readonly kdfCost?: KdfCost,
  ) {}

  async create({ format, password, filePassword }: ExportRequest): Promise<ExportResult> {
    const repository = await this.vault.unlockedRepository();
    await this.vault.verifyPassword(password);
    const accounts = await this.accounts.storedAccounts();
    if (accounts.length === 0) throw new TwofoldError('nothing-to-export', t('errors.export.nothingToExport'));
    const backupCodeSets = (await repository.listRecords('backupCodeSets')).map((record) => record.value);
    return buildExport(format, {
      accounts,
      backupCodeSets,
      filePassword: filePassword || password,
      now: new Date(this.now()),
      ...(this.kdfCost ? { kdfCost: this.kdfCost } : {}),
    });
  }
}
