/**
 * A stand-in for the service worker behind a mocked `sendToWorker`: keeps account
 * views in memory, answers codes, and records every message the popup sends.
 */
import { TwofoldError } from '@/utils/errors';
import type { AccountView } from '@/utils/accounts/model';
import type { MessageType } from '@/utils/messaging';
import { accountView } from './account-fixtures';

type Handler = (payload: never) => unknown;

export interface FakeWorker {
  accounts: AccountView[];
  calls: { type: MessageType; payload: unknown }[];
  send(type: MessageType, payload?: unknown): Promise<unknown>;
  payloadsOf(type: MessageType): unknown[];
}

export function fakeWorker(initial: AccountView[] = [], overrides: Partial<Record<MessageType, Handler>> = {}): FakeWorker {
  const worker: FakeWorker = {
    accounts: initial.map((account) => ({ ...account })),
    calls: [],
    async send(type, payload) {
      worker.calls.push({ type, payload });
      const handler = (overrides[type] ?? handlers[type]) as ((payload: unknown) => unknown) | undefined;
      if (!handler) throw new TwofoldError('unknown-message', `The fake worker does not answer ${type}.`);
      return handler(payload);
    },
    payloadsOf: (type) => worker.calls.filter((call) => call.type === type).map((call) => call.payload),
  };
  const find = (id: string) => worker.accounts.findIndex((account) => account.id === id);
  const handlers: Partial<Record<MessageType, (payload: never) => unknown>> = {
    'accounts.list': () => worker.accounts.map((account) => ({ ...account })),
    'accounts.add': (account: Omit<AccountView, 'id'> & { secret: string }) => {
      const { secret: _secret, ...view } = account;
      const added = accountView({ ...view, id: `added-${worker.accounts.length}` });
      worker.accounts.push(added);
      return added;
    },
    'accounts.update': ({ id, ...changes }: Partial<AccountView> & { id: string }) => {
      const index = find(id);
      worker.accounts[index] = { ...worker.accounts[index]!, ...changes };
      return worker.accounts[index];
    },
    'accounts.delete': ({ ids }: { ids: string[] }) => {
      worker.accounts = worker.accounts.filter((account) => !ids.includes(account.id));
    },
    'accounts.reorder': () => undefined,
    // A distinct, recognisable code per account: 100000, 101111, 102222, …
    'codes.get': ({ ids }: { ids: string[] }) => ids.map((id) => ({ id, code: String(100000 + find(id) * 1111), validUntil: Date.now() + 20_000 })),
    'clipboard.clearLater': () => undefined,
    'vault.activity': () => undefined,
  };
  return worker;
}
