/**
 * Accounts read from QR codes, held in the worker's memory until the user
 * confirms them, for a few minutes at most, and dropped when the vault locks.
 * Never written anywhere: a worker restart forgets them, which is the point.
 */
import type { SiteLink } from '@/utils/accounts/model';
import type { OtpAccount } from '@/utils/otp/account';
import type { MigrationImport } from '@/utils/otp/migration';
import type { QrMigrationBatch, QrPendingAccount } from '@/utils/qr/scan-view';

export const PENDING_TTL_MS = 5 * 60_000;

export interface PendingAccount {
  account: OtpAccount;
  /** Where it was scanned; confirmed accounts are linked to it. */
  site?: SiteLink;
  expiresAt: number;
}

interface PendingBatch {
  batchId: number;
  size: number;
  scanned: Set<number>;
  pendingIds: string[];
  errors: string[];
  expiresAt: number;
}

export class PendingQrStore {
  private readonly accounts = new Map<string, PendingAccount>();
  /** By `batchId/size`: separate exports often share the id 0, rarely also the size. */
  private readonly batches = new Map<string, PendingBatch>();

  constructor(private readonly now: () => number = Date.now) {}

  /** The same code scanned again keeps its id (and gets a fresh lease). */
  addAccount(account: OtpAccount, site?: SiteLink): string {
    const expiresAt = this.now() + PENDING_TTL_MS;
    for (const [id, pending] of this.accounts) {
      if (sameCode(pending.account, account) && pending.site?.origin === site?.origin) {
        pending.expiresAt = expiresAt;
        return id;
      }
    }
    const id = crypto.randomUUID();
    this.accounts.set(id, { account, site, expiresAt });
    return id;
  }

  /** One QR code of an export; a code of the batch read twice adds nothing. */
  addMigration({ accounts, errors, batch }: MigrationImport): void {
    const expiresAt = this.now() + PENDING_TTL_MS;
    const key = `${batch.id}/${batch.size}`;
    const pending = this.batches.get(key) ?? { batchId: batch.id, size: batch.size, scanned: new Set(), pendingIds: [], errors: [], expiresAt };
    pending.expiresAt = expiresAt;
    this.batches.set(key, pending);
    for (const id of pending.pendingIds) this.accounts.get(id)!.expiresAt = expiresAt;
    if (pending.scanned.has(batch.index)) return;
    pending.scanned.add(batch.index);
    pending.errors.push(...errors.map((error) => error.message));
    for (const account of accounts) {
      const id = crypto.randomUUID();
      this.accounts.set(id, { account, expiresAt });
      pending.pendingIds.push(id);
    }
  }

  get(id: string): PendingAccount | undefined {
    this.prune();
    return this.accounts.get(id);
  }

  remove(id: string): void {
    this.accounts.delete(id);
    for (const [key, batch] of this.batches) {
      batch.pendingIds = batch.pendingIds.filter((pendingId) => pendingId !== id);
      // An export all of whose accounts were handled is done, unless codes of it are still to be scanned.
      if (batch.pendingIds.length === 0 && batch.scanned.size >= batch.size) this.batches.delete(key);
    }
  }

  view(id: string): QrPendingAccount | undefined {
    const pending = this.get(id);
    if (!pending) return undefined;
    const { secret: _secret, ...account } = pending.account;
    return { ...account, pendingId: id };
  }

  migrations(): QrMigrationBatch[] {
    this.prune();
    return [...this.batches].map(([key, batch]) => ({
      key,
      batchId: batch.batchId,
      size: batch.size,
      scanned: batch.scanned.size,
      accounts: batch.pendingIds.flatMap((id) => this.view(id) ?? []),
      errors: batch.errors,
    }));
  }

  clear(): void {
    this.accounts.clear();
    this.batches.clear();
  }

  /** Drops what has expired (also called on every read). */
  prune(): void {
    const now = this.now();
    for (const [id, pending] of this.accounts) if (pending.expiresAt <= now) this.accounts.delete(id);
    for (const [id, batch] of this.batches) if (batch.expiresAt <= now) this.batches.delete(id);
  }
}

function sameCode(a: OtpAccount, b: OtpAccount): boolean {
  return a.secret === b.secret && a.issuer === b.issuer && a.label === b.label && a.type === b.type;
}
