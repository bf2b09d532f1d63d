/** Which visible rows need a code from the worker now, so it is asked as rarely as possible. */
import type { AccountView } from '@/utils/accounts/model';
import type { CodeView } from '@/utils/messaging';

/** The worker sends the next code during the last 5 s of a period (account-service.ts). */
export const NEXT_CODE_WINDOW_MS = 5_000;

export function isCodeCurrent(code: CodeView | undefined, now: number): code is CodeView {
  return !!code && (code.validUntil === undefined || code.validUntil > now);
}

export function staleCodeIds(rows: readonly AccountView[], codes: ReadonlyMap<string, CodeView>, now: number): string[] {
  return rows
    .filter((account) => {
      const code = codes.get(account.id);
      // HOTP: only a code already issued can be shown again; new ones come from "next code".
      if (account.type === 'hotp') return !code && account.counter > 0;
      if (!isCodeCurrent(code, now)) return true;
      return code.validUntil! - now <= NEXT_CODE_WINDOW_MS && !code.next;
    })
    .map((account) => account.id);
}
