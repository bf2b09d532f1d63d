/** How the list is arranged: filtered by the search, pinned accounts first, then the user's order or by name. */
import type { AccountView } from './model';

export type SortMode = 'manual' | 'name';

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Case- and accent-insensitive, so "zurich" finds "Zürich". */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase().trim();
}

/** The query folded once, not once per account (the list arranges a thousand on every keystroke). */
function matcherFor(query: string): (account: Pick<AccountView, 'issuer' | 'label'>) => boolean {
  const needle = fold(query);
  return (account) => needle === '' || fold(`${account.issuer} ${account.label}`).includes(needle);
}

export function matchesQuery(account: Pick<AccountView, 'issuer' | 'label'>, query: string): boolean {
  return matcherFor(query)(account);
}

function byName(a: AccountView, b: AccountView): number {
  return collator.compare(a.issuer || a.label, b.issuer || b.label) || collator.compare(a.label, b.label);
}

export function arrangeAccounts(accounts: readonly AccountView[], { query, sort }: { query: string; sort: SortMode }): AccountView[] {
  const matching = accounts.filter(matcherFor(query));
  const ordered = sort === 'name' ? matching.sort(byName) : matching;
  return [...ordered.filter((account) => account.pinned), ...ordered.filter((account) => !account.pinned)];
}

/**
 * The order after moving one row to `toIndex` of the full arranged list. A row
 * stays within its group (pinned or not). `null` when nothing would move.
 */
export function moveRow(rows: readonly AccountView[], id: string, toIndex: number): string[] | null {
  const from = rows.findIndex((row) => row.id === id);
  if (from < 0) return null;
  const pinnedCount = rows.filter((row) => row.pinned).length;
  const [first, last] = rows[from]!.pinned ? [0, pinnedCount - 1] : [pinnedCount, rows.length - 1];
  const to = Math.min(Math.max(toIndex, first), last);
  if (to === from) return null;
  const ids = rows.map((row) => row.id);
  ids.splice(from, 1);
  ids.splice(to, 0, id);
  return ids;
}
