/**
 * Tells the worker the user is active in Twofold's own UI (keys, clicks), at most
 * once every 15 s, so auto-lock counts only real use: a popup left open does not
 * keep the vault unlocked.
 */
import { onMounted, onUnmounted } from 'vue';
import { sendToWorker } from '@/utils/messaging';

const REPORT_EVERY_MS = 15_000;

export function useActivityReporting(): void {
  let lastReport = 0;
  const report = () => {
    const now = Date.now();
    if (now - lastReport < REPORT_EVERY_MS) return;
    lastReport = now;
    void sendToWorker('vault.activity').catch(() => undefined);
  };
  onMounted(() => {
    window.addEventListener('keydown', report, { capture: true, passive: true });
    window.addEventListener('pointerdown', report, { capture: true, passive: true });
  });
  onUnmounted(() => {
    window.removeEventListener('keydown', report, { capture: true });
    window.removeEventListener('pointerdown', report, { capture: true });
  });
}
