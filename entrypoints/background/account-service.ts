/**
 * Accounts in the worker: the only place their secrets are decrypted. Keeps the
 * decrypted list in memory while unlocked (dropped on lock) so the popup's list
 * and codes come back without decrypting a thousand records on every open.
 */
import { generateCode } from '@/utils/otp/generate';
import { toOtpauthUri } from '@/utils/otp/uri';
import { validateAccount } from '@/utils/otp/validate';
import { isSameAccount, toAccountView, type AccountView, type StoredAccount } from '@/utils/accounts/model';
import { parseStoredAccount } from '@/utils/accounts/parse';
import type { AccountChanges, CodeView, NewAccount } from '@/utils/messaging';
import { TwofoldError } from '@/utils/errors';
import { VaultError } from '@/utils/vault/errors';
import type { TableWrite, VaultRepository } from '@/utils/vault/repository';
import type { VaultService } from './vault-service';
import { t } from '@/utils/i18n/translate';

/** The next code is shown faintly during the last seconds of a period. */
const NEXT_CODE_WINDOW_MS = 5_000;

interface CachedAccount {
  account: StoredAccount;
  order: number;
}

export class AccountService {
  private cache: Map<string, CachedAccount> | null = null;
  /**
   * The decryption under way, shared by every message that needs the accounts
   * meanwhile: after a worker restart several can arrive together (the popup's,
   * a page's), and each decrypting the whole vault again took 4× as long.
   */
  private loading: Promise<Map<string, CachedAccount>> | null = null;

  constructor(
    private readonly vault: VaultService,
    private readonly now: () => number = Date.now,
  ) {
    vault.onLock(() => {
      this.cache = null;
      this.loading = null;
    });
  }

  async list(): Promise<AccountView[]> {
    const accounts = await this.accounts();
    return [...accounts.values()].sort((a, b) => a.order - b.order).map(({ account }) => toAccountView(account));
  }

  async add(input: NewAccount): Promise<AccountView> {
    const otp = validateAccount(input);
    const accounts = await this.accounts();
    for (const { account } of accounts.values()) {
      if (isSameAccount(account, otp)) {
        throw new TwofoldError('duplicate', t('errors.accounts.duplicate', { name: describe(account) }));
      }
    }
    const account: StoredAccount = {
      ...otp,
      id: crypto.randomUUID(),
      createdAt: this.now(),
      pinned: false,
      sites: input.sites ?? [],
      icon: input.icon ?? { kind: 'auto' },
      note: '',
    };
    await this.save([account]);
    return toAccountView(account);
  }

  async update(changes: AccountChanges): Promise<AccountView> {
    const { account } = await this.get(changes.id);
    const { id: _id, ...fields } = changes;
    const updated: StoredAccount = { ...account, ...fields };
    await this.save([updated]);
    return toAccountView(updated);
  }

  async remove(ids: string[]): Promise<void> {
    // Through the cache, even one still loading: a load under way must not bring the accounts back.
    const accounts = await this.accounts();
    const repository = await this.vault.unlockedRepository();
    await repository.deleteRecords('accounts', ids);
    for (const id of ids) accounts.delete(id);
  }

  /** `ids` in the new order; accounts not named keep their relative order after them. */
  async reorder(ids: string[]): Promise<void> {
    const accounts = await this.accounts();
    const named = ids.filter((id) => accounts.has(id));
    const rest = [...accounts.values()].sort((a, b) => a.order - b.order).map(({ account }) => account.id).filter((id) => !named.includes(id));
    const repository = await this.vault.unlockedRepository();
    const ordered = [...named, ...rest].map((id, order) => ({ id, order, value: accounts.get(id)!.account }));
    await repository.putRecords('accounts', ordered);
    for (const { id, order } of ordered) accounts.get(id)!.order = order;
  }

  async codes(ids: string[]): Promise<CodeView[]> {
    const accounts = await this.accounts();
    const at = this.now();
    const views: CodeView[] = [];
    for (const id of ids) {
      const account = accounts.get(id)?.account;
      if (!account) continue;
      if (account.type === 'hotp') {
        // Only a code already issued is shown again; a new one needs codes.nextHotp.
        if (account.counter > 0) views.push({ id, code: generateCode({ ...account, counter: account.counter - 1 }, at) });
        continue;
      }
      const periodMs = account.period * 1000;
      const validUntil = (Math.floor(at / periodMs) + 1) * periodMs;
      const view: CodeView = { id, code: generateCode(account, at), validUntil };
      if (validUntil - at <= NEXT_CODE_WINDOW_MS) view.next = generateCode(account, validUntil);
      views.push(view);
    }
    return views;
  }

  /** HOTP: the counter is incremented and saved before the code leaves the worker. */
  async nextHotp(id: string): Promise<CodeView> {
    const { account } = await this.get(id);
    if (account.type !== 'hotp') throw new TwofoldError('bad-request', t('errors.accounts.nextCodeHotpOnly'));
    const repository = await this.vault.unlockedRepository();
    const saved = parseStoredAccount(
      await repository.updateRecord('accounts', id, (value) => {
        const current = parseStoredAccount(value);
        return { ...current, counter: current.counter + 1 };
      }),
    );
    const cached = this.cache?.get(id);
    if (cached) cached.account = saved;
    return { id, code: generateCode({ ...saved, counter: saved.counter - 1 }, this.now()) };
  }

  /** Every account with its secret, in the user's order: for the worker's import and export only. */
  async storedAccounts(): Promise<StoredAccount[]> {
    const accounts = await this.accounts();
    return [...accounts.values()].sort((a, b) => a.order - b.order).map(({ account }) => account);
  }

  /** Adds accounts built elsewhere in the worker (an import): all of them or none, at the end of the list. */
  /** New accounts, and records of other tables that belong with them, in one transaction: all or nothing. */
  async addAll(accounts: StoredAccount[], alongside: TableWrite[] = []): Promise<void> {
    await this.save(accounts, alongside);
  }

  /** The secret again, for moving the account: only after the password is proven again. */
  async reveal(id: string, password: string): Promise<{ secret: string; uri: string }> {
    await this.vault.verifyPassword(password);
    const { account } = await this.get(id);
    return { secret: account.secret, uri: toOtpauthUri(account) };
  }

  private async get(id: string): Promise<CachedAccount> {
    const cached = (await this.accounts()).get(id);
    if (!cached) throw new VaultError('not-found');
    return cached;
  }

  /**
   * Existing accounts keep their place, new ones go to the end. The orders are
   * computed here, from the cache, so the repository writes without looking
   * anything up (a lookup per new id costs seconds on a 10,000-account import).
   */
  private async save(accounts: StoredAccount[], alongside: TableWrite[] = []): Promise<void> {
    const cache = await this.accounts();
    let nextOrder = 0;
    for (const { order } of cache.values()) nextOrder = Math.max(nextOrder, order + 1);
    const records = accounts.map((account) => ({ id: account.id, value: account, order: cache.get(account.id)?.order ?? nextOrder++ }));
    const repository = await this.vault.unlockedRepository();
    await repository.writeTogether([{ table: 'accounts', records }, ...alongside]);
    for (const { id, value, order } of records) cache.set(id, { account: value, order });
  }

  private async accounts(): Promise<Map<string, CachedAccount>> {
    const repository = await this.vault.unlockedRepository();
    if (this.cache) return this.cache;
    if (!this.loading) {
      const loading = decryptAll(repository);
      this.loading = loading;
      // A lock while decrypting forgets this load (onLock): its result is not kept.
      void loading.then(
        (cache) => {
          if (this.loading === loading) [this.cache, this.loading] = [cache, null];
        },
        () => {
          if (this.loading === loading) this.loading = null;
        },
      );
    }
    return this.loading;
  }
}

async function decryptAll(repository: VaultRepository): Promise<Map<string, CachedAccount>> {
  const records = await repository.listRecords('accounts');
  const cache = new Map<string, CachedAccount>();
  for (const record of records) {
    cache.set(record.id, { account: parseStoredAccount(record.value), order: record.order ?? 0 });
  }
  return cache;
}

function describe(account: Pick<StoredAccount, 'issuer' | 'label'>): string {
  return [account.issuer, account.label].filter(Boolean).join(' · ') || 'this account';
}
