/**
 * Keeps the codes of the rows on screen current: one tick a second, on the wall
 * clock's second so every ring steps together, and a request to the worker only
 * for rows whose code is missing, expired or about to need its successor.
 */
import { onMounted, onUnmounted, ref, watch, type Ref } from 'vue';
import type { AccountView } from '@/utils/accounts/model';
import { isErrorCode } from '@/utils/errors';
import { useAccountsStore } from '@/stores/accounts';
import { useSessionStore } from '@/stores/session';
import { staleCodeIds } from './stale-codes';

export function useVisibleCodes(visible: Ref<readonly AccountView[]>): { now: Ref<number> } {
  const accounts = useAccountsStore();
  const session = useSessionStore();
  const now = ref(Date.now());
  let inFlight = false;
  let again = false;

  async function refresh(): Promise<void> {
    if (inFlight) {
      again = true;
      return;
    }
    const ids = staleCodeIds(visible.value, accounts.codes, Date.now());
    if (ids.length === 0) return;
    inFlight = true;
    try {
      await accounts.refreshCodes(ids);
    } catch (error) {
      // Auto-lock happened while the popup was open: show the unlock form.
      if (isErrorCode(error, 'locked')) await session.refresh().catch(() => undefined);
    } finally {
      inFlight = false;
    }
    if (again) {
      again = false;
      await refresh();
    }
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  function tick(): void {
    now.value = Date.now();
    void refresh();
    timer = setTimeout(tick, 1000 - (Date.now() % 1000));
  }
  onMounted(tick);
  onUnmounted(() => clearTimeout(timer));
  // Rows scrolled or searched into view get their codes at once, not at the next tick.
  watch(visible, () => void refresh());

  return { now };
}
