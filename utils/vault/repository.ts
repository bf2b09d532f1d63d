/**
 * The vault's lifecycle and record store over the database and, once
 * unlocked, the data key (DEK) as a non-extractable CryptoKey.
 *
 * Rule from the Dexie docs, kept everywhere here: never await crypto inside a
 * transaction (IndexedDB commits a transaction as soon as it sees no pending
 * request, so awaiting WebCrypto inside one ends it). Encrypt first, then write
 * ciphertext inside `db.transaction('rw', …)`.
 */
import type { Bytes } from './bytes';
import { generateDataKeyBytes, importAesKey } from './crypto';
import type { RecordTable, VaultDatabase } from './db';
import { openRecord, sealRecord, type RecordEnvelope } from './envelope';
import { VaultError } from './errors';
import { targetKdfCost } from './kdf';
import { kdfBelowTarget, type KdfCost } from './kdf-params';
import { KeyedMutex } from './keyed-mutex';
import { checkContentSchema, hasSlot, readSlot, replaceSlot, writeFirstSlot } from './meta-store';
import { createPasswordSlot, openPasswordSlot, type PasswordSlot } from './slot';

export interface VaultRecord {
  id: string;
  value: unknown;
  /** Accounts only: the position in the user's list. */
  order?: number;
}

/** One table's part of a write across tables (`writeTogether`). */
export interface TableWrite {
  table: RecordTable;
  deleteIds?: string[];
  records: VaultRecord[];
}

interface SealedRow {
  id: string;
  order?: number;
  envelope: RecordEnvelope;
}

export interface VaultRepositoryOptions {
  /** Cost for new and raised slots. Default: Argon2id's target, or PBKDF2 where WASM cannot run. */
  kdfTarget?: KdfCost;
}

interface StoredRow {
  id: string;
  order?: number;
  envelope: RecordEnvelope;
}

/** Conflicts need another writer to commit in between; this many in a row means something is wrong. */
const MAX_UPDATE_ATTEMPTS = 10;

export class VaultRepository {
  private key: CryptoKey | undefined;
  private readonly recordLocks = new KeyedMutex();

  constructor(
    private readonly db: VaultDatabase,
    private readonly options: VaultRepositoryOptions = {},
  ) {}

  get isUnlocked(): boolean {
    return this.key !== undefined;
  }

  isInitialized(): Promise<boolean> {
    return hasSlot(this.db);
  }

  /** First run: makes the DEK and the password slot, and unlocks. Returns the DEK for the session store. */
  async init(password: string): Promise<Bytes> {
    if (await hasSlot(this.db)) throw new VaultError('already-initialized');
    const dek = generateDataKeyBytes();
    await writeFirstSlot(this.db, await createPasswordSlot(password, dek, await this.kdfTarget()));
    this.key = await importAesKey(dek);
    return dek;
  }

  /** Returns the DEK for the session store. Raises the slot's KDF cost when it is below target. */
  async unlock(password: string): Promise<Bytes> {
    const stored = await readSlot(this.db);
    await checkContentSchema(this.db);
    const dek = await openPasswordSlot(stored, password);
    const target = await this.kdfTarget();
    // openPasswordSlot accepted `stored`, so it is a well-formed slot.
    if (kdfBelowTarget((stored as PasswordSlot).kdf, target)) {
      // If the slot changed meanwhile (a password change elsewhere), that newer slot wins.
      await replaceSlot(this.db, stored, await createPasswordSlot(password, dek, target));
    }
    this.key = await importAesKey(dek);
    return dek;
  }

  /** Unlocks with DEK bytes kept in the session store across service-worker restarts. */
  async resume(dek: Bytes): Promise<void> {
    await readSlot(this.db);
    await checkContentSchema(this.db);
    this.key = await importAesKey(dek);
  }

  lock(): void {
    this.key = undefined;
  }

  /** Proves the password by unwrapping the DEK with it (not by the cached key): for export and show-secret. */
  async verifyPassword(password: string): Promise<void> {
    const dek = await openPasswordSlot(await readSlot(this.db), password);
    dek.fill(0);
  }

  /**
   * Re-wraps the DEK under `next`; records are not touched, so their rows stay
   * byte-identical. The new slot is written in one transaction: a failure
   * leaves the old slot, and the old password, in place.
   */
  async changePassword(current: string, next: string): Promise<void> {
    const stored = await readSlot(this.db);
    const dek = await openPasswordSlot(stored, current);
    try {
      const slot = await createPasswordSlot(next, dek, await this.kdfTarget());
      if (!(await replaceSlot(this.db, stored, slot))) throw new VaultError('conflict');
    } finally {
      dek.fill(0);
    }
  }

  /** Accounts in the user's order; backup-code sets by id. */
  async listRecords(table: RecordTable): Promise<VaultRecord[]> {
    const key = this.requireKey();
    const rows: StoredRow[] =
      table === 'accounts' ? await this.db.accounts.orderBy('order').toArray() : await this.db.backupCodeSets.toArray();
    return Promise.all(rows.map(async (row) => toRecord(row, await openRecord(key, table, row.id, row.envelope))));
  }

  async getRecord(table: RecordTable, id: string): Promise<VaultRecord | undefined> {
    const key = this.requireKey();
    const row = await this.rows(table).get(id);
    return row && toRecord(row, await openRecord(key, table, id, row.envelope));
  }

  async putRecord(table: RecordTable, id: string, value: unknown, order?: number): Promise<void> {
    await this.putRecords(table, [{ id, value, order }]);
  }

  /**
   * Writes all records or none. An account keeps its position unless `order`
   * is given; a new account without one goes to the end.
   */
  async putRecords(table: RecordTable, records: VaultRecord[]): Promise<void> {
    await this.replaceRecords(table, [], records);
  }

  /**
   * Deletes `deleteIds` and writes `records` in one transaction: all or nothing
   * (e.g. a new backup-code set superseding the old one).
   */
  async replaceRecords(table: RecordTable, deleteIds: string[], records: VaultRecord[]): Promise<void> {
    await this.writeTogether([{ table, deleteIds, records }]);
  }

  /**
   * Several tables in one transaction: all or nothing (an import's accounts
   * and the backup-code sets that came with them).
   */
  async writeTogether(writes: TableWrite[]): Promise<void> {
    const key = this.requireKey();
    const sealed = await Promise.all(
      writes.map(async ({ table, deleteIds = [], records }) => ({
        table,
        deleteIds,
        rows: await Promise.all(records.map(async ({ id, value, order }) => ({ id, order, envelope: await sealRecord(key, table, id, value) }))),
      })),
    );
    await this.db.transaction('rw', [...new Set(writes.map(({ table }) => this.rows(table)))], async () => {
      for (const { table, deleteIds, rows } of sealed) await this.writeSealed(table, deleteIds, rows);
    });
  }

  private async writeSealed(table: RecordTable, deleteIds: string[], sealed: SealedRow[]): Promise<void> {
    if (deleteIds.length > 0) await this.rows(table).bulkDelete(deleteIds);
    if (table === 'backupCodeSets') {
      await this.db.backupCodeSets.bulkPut(sealed.map(({ id, envelope }) => ({ id, envelope })));
      return;
    }
    // Callers that know the order (the account service) skip both lookups below.
    const needLookup = sealed.filter(({ order }) => order === undefined).map(({ id }) => id);
    const existing = new Map((await this.db.accounts.bulkGet(needLookup)).flatMap((row) => (row ? [[row.id, row.order]] : [])));
    let nextOrder = needLookup.length > 0 ? (await this.lastOrder()) + 1 : 0;
    await this.db.accounts.bulkPut(sealed.map(({ id, order, envelope }) => ({ id, order: order ?? existing.get(id) ?? nextOrder++, envelope })));
  }

  async deleteRecords(table: RecordTable, ids: string[]): Promise<void> {
    this.requireKey();
    await this.db.transaction('rw', this.rows(table), () => this.rows(table).bulkDelete(ids));
  }

  /**
   * Read-modify-write of one record (HOTP counter increment, backup-code use).
   * Returns the value written. `change` may run more than once, so it must
   * only compute the new value from the one it is given.
   *
   * Crypto cannot run inside the transaction, so the read and the write are
   * two transactions. Two guards keep concurrent updates from losing each other:
   * an in-process lock per record serialises callers in this context (the
   * worker, which makes nearly all writes, so they never have to retry), and
   * the write is a compare-and-swap that commits only if the stored envelope is
   * still the one read, retrying otherwise (any other writer: another context,
   * or a plain putRecord).
   */
  async updateRecord(table: RecordTable, id: string, change: (value: unknown) => unknown): Promise<unknown> {
    return this.recordLocks.run(`${table}/${id}`, async () => {
      for (let attempt = 0; attempt < MAX_UPDATE_ATTEMPTS; attempt++) {
        const key = this.requireKey();
        const read = await this.rows(table).get(id);
        if (!read) throw new VaultError('not-found');
        const value = await change(await openRecord(key, table, id, read.envelope));
        const envelope = await sealRecord(key, table, id, value);
        const swapped = await this.db.transaction('rw', this.rows(table), async () => {
          const current = await this.rows(table).get(id);
          if (!current || !sameEnvelope(current.envelope, read.envelope)) return false;
          // Spread keeps the current order: a concurrent reorder is not a conflict.
          await this.rows(table).put({ ...current, envelope });
          return true;
        });
        if (swapped) return value;
      }
      throw new VaultError('conflict');
    });
  }

  /**
   * The highest account order, read with a cursor: Dexie's `last()` becomes a
   * `getAll` that crawls the index entries a bulk delete leaves behind (seconds).
   */
  private async lastOrder(): Promise<number> {
    let last = -1;
    await this.db.accounts.orderBy('order').reverse().limit(1).each((row) => {
      last = row.order;
    });
    return last;
  }

  private rows(table: RecordTable) {
    return this.db.table<StoredRow, string>(table);
  }

  private requireKey(): CryptoKey {
    if (!this.key) throw new VaultError('locked');
    return this.key;
  }

  private async kdfTarget(): Promise<KdfCost> {
    return this.options.kdfTarget ?? (await targetKdfCost());
  }



}

function toRecord(row: StoredRow, value: unknown): VaultRecord {
  return row.order === undefined ? { id: row.id, value } : { id: row.id, value, order: row.order };
}

function sameEnvelope(a: RecordEnvelope, b: RecordEnvelope): boolean {
  return a.v === b.v && a.iv === b.iv && a.ct === b.ct;
}
