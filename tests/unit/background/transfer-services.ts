/** A worker's services over a fresh fake database, for the import and export tests. */
import 'fake-indexeddb/auto';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { AccountService } from '@/entrypoints/background/account-service';
import { BackupCodeService } from '@/entrypoints/background/backup-code-service';
import { ExportService } from '@/entrypoints/background/export-service';
import { ImportService } from '@/entrypoints/background/import-service';
import { VaultService } from '@/entrypoints/background/vault-service';
import { VaultDatabase } from '@/utils/vault/db';
import { ARGON2ID_FLOOR } from '@/utils/vault/kdf-params';
import { VaultRepository } from '@/utils/vault/repository';

export const VAULT_PASSWORD = 'vault password';

export async function unlockedServices(clock = { now: 1_700_000_000_000 }) {
  const now = () => clock.now;
  const db = new VaultDatabase({ name: `transfer-${crypto.randomUUID()}`, indexedDB, IDBKeyRange });
  const repository = new VaultRepository(db, { kdfTarget: ARGON2ID_FLOOR });
  const vault = new VaultService(repository, now);
  const accounts = new AccountService(vault, now);
  const backupCodes = new BackupCodeService(vault, now);
  await vault.setup(VAULT_PASSWORD);
  return {
    clock,
    repository,
    vault,
    accounts,
    backupCodes,
    imports: new ImportService(vault, accounts, now),
    exports: new ExportService(vault, accounts, now, ARGON2ID_FLOOR),
  };
}
