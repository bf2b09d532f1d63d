/**
 * Looks for a block of freshly generated backup codes on the page in front.
 * Injected by the worker (scripting.executeScript) when the popup opens, never
 * loaded on its own: the content script every page runs stays within its size
 * budget. It returns what it found to the worker and keeps nothing.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { detectBackupCodeBlock } from '@/utils/detect/backup-code-page';

export default defineContentScript({
  // No `matches`: WXT would turn them into host permissions. activeTab (granted by opening the popup) is all the injection needs.
  registration: 'runtime',
  main() {
    const block = detectBackupCodeBlock(document);
    // The document's own origin, so the worker can tell whether the tab navigated while it looked.
    return block && { ...block, origin: location.origin };
  },
});
