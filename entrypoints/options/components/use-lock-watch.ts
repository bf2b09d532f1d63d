/**
 * While something sensitive is on screen (an import preview, transfer QR
 * codes), asks the worker for the lock state every 15 seconds: once Twofold
 * locks (auto-lock, another tab), the page turns to the unlock form and the
 * card goes away. The messages also keep Chrome from stopping the idle
 * service worker (after 30 s), which would lose the preview it holds. They do
 * not count as activity, so they never postpone the auto-lock.
 */
import { onUnmounted, watch } from 'vue';
import { useSessionStore } from '@/stores/session';

const CHECK_EVERY_MS = 15_000;

export function useLockWatch(active: () => boolean): void {
  const session = useSessionStore();
  let timer: ReturnType<typeof setInterval> | undefined;
  const stop = () => clearInterval(timer);
  watch(
    active,
    (on) => {
      stop();
      if (on) timer = setInterval(() => void session.refresh().catch(() => undefined), CHECK_EVERY_MS);
    },
    { immediate: true },
  );
  onUnmounted(stop);
}
