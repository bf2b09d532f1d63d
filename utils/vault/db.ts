/**
 * The IndexedDB database (Dexie). Only ciphertext and what must be indexed in
 * the clear (ids, list order) are stored; issuers, labels, secrets, sites and
 * icons live inside record envelopes. The version history is append-only:
 * never edit a shipped version, add the next one with its upgrade.
 */
import Dexie, { type Table } from 'dexie';
import type { RecordEnvelope } from './envelope';

export const VAULT_DB_NAME = 'twofold';

/** What the `meta` table holds: the password slot and the content schema version. */
export type MetaKey = 'passwordSlot' | 'contentSchemaVersion';

export interface MetaRow {
  key: MetaKey;
  /** Read back as `unknown`: stored data is parsed by its layer before it is trusted. */
  value: unknown;
}

export interface AccountRow {
  id: string;
  /** Position in the user's list; indexed so the list reads in order. */
  order: number;
  envelope: RecordEnvelope;
}

export interface BackupCodeSetRow {
  id: string;
  envelope: RecordEnvelope;
}

export type RecordTable = 'accounts' | 'backupCodeSets';

export interface VaultDatabaseOptions {
  name?: string;
  /** For tests: fake-indexeddb's factory and key range. */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}

export class VaultDatabase extends Dexie {
  meta!: Table<MetaRow, MetaKey>;
  accounts!: Table<AccountRow, string>;
  backupCodeSets!: Table<BackupCodeSetRow, string>;

  constructor(options: VaultDatabaseOptions = {}) {
    const { name = VAULT_DB_NAME, indexedDB, IDBKeyRange } = options;
    super(name, indexedDB && IDBKeyRange ? { indexedDB, IDBKeyRange } : {});

    // v1: accounts were keyed by id only, and the list showed them in id order.
    this.version(1).stores({ meta: 'key', accounts: 'id', backupCodeSets: 'id' });

    // v2: a user-chosen account order. Existing accounts keep the order they were shown in.
    this.version(2)
      .stores({ accounts: 'id, order' })
      .upgrade(async (tx) => {
        let order = 0;
        await tx
          .table<{ id: string; order?: number }>('accounts')
          .toCollection()
          .modify((row) => {
            row.order = order++;
          });
      });
  }
}
