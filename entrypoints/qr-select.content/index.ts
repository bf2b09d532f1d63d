/**
 * The region-select overlay, injected by the worker (scripting.executeScript)
 * only after a scan of this tab found no QR code; never loaded on its own.
 * It tells the worker the rectangle the user drew, nothing more.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { sendToWorker } from '@/utils/messaging';
import { selectRegion } from './select-region';

/** On the isolated world's window, so a second injection while the overlay is up does nothing. */
const ACTIVE = Symbol.for('twofold.qrSelect');

export default defineContentScript({
  // No `matches`: WXT would turn them into host permissions. activeTab is all the injection needs.
  registration: 'runtime',
  main(ctx) {
    const flags = window as unknown as Record<symbol, boolean>;
    if (flags[ACTIVE]) return;
    flags[ACTIVE] = true;
    // Not awaited: executeScript would wait for the user to finish, and so would the scan that injected us.
    void selectRegion(ctx)
      .then((region) => sendToWorker('qr.region', region ? { region } : { cancelled: true }))
      .finally(() => (flags[ACTIVE] = false));
  },
});
