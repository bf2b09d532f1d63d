import { defineContentScript } from 'wxt/utils/define-content-script';
import type { DetectedField } from '@/utils/detect';
import { sendToWorker } from '@/utils/messaging';
import { deliverCode, requestFill } from './fill-requests';
import { fieldToFill, holdsKeyboardFocus } from './fill-target';
import { createInlineOffer } from './inline-offer';
import { trackRightClickedInput } from './right-click';
import { trackTyping } from './typing';
import { watchForFields } from './watch-fields';
import { answerWorker } from './worker-messages';

// Runs on every http/https page, so it must cost almost nothing until it finds a
// field. It never holds a secret: at most the one code it asked for, while filling it.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  allFrames: true,
  main(ctx) {
    let listening = false;
    const rightClicked = trackRightClickedInput(ctx, listenToWorker);
    const fields = watchForFields(ctx, (found) => onFieldsFound(found));

    // Listening touches the extension API, about a millisecond on every page: it starts once
    // there is something to fill, a field found or an input right-clicked (the menu comes after).
    function listenToWorker(): void {
      if (listening) return;
      listening = true;
      answerWorker(ctx, {
        // The shortcut reaches every frame; only the one with the keyboard focus answers.
        'fill.begin': ({ trigger, kind }) =>
          trigger === 'shortcut' && !holdsKeyboardFocus()
            ? undefined
            : Promise.resolve().then(() => requestFill(fieldToFill(trigger, kind, fields(), rightClicked()), kind)),
        'fill.deliver': ({ requestId, code }) => Promise.resolve({ filled: deliverCode(requestId, code) }),
      });
    }

    function onFieldsFound(found: DetectedField[]): void {
      listenToWorker();
      trackTyping(ctx);
      const otp = found.find(({ kind }) => kind === 'otp');
      const offer = otp && createInlineOffer(ctx, otp.inputs, requestFill);
      // The worker badges the tab and says whether the button may show (a linked account, the top frame).
      const report = () =>
        sendToWorker('page.fieldsFound', { otp: otp !== undefined, backup: found.some(({ kind }) => kind === 'backup') })
          .then(({ offerInline }) => offerInline && offer?.show())
          .catch(() => undefined);
      void report();
      // Ask again when the person comes back to the field: Twofold may have been unlocked, or the button closed.
      for (const input of otp?.inputs ?? []) ctx.addEventListener(input, 'focus', () => offer?.isShown() || void report());
    }
  },
});
