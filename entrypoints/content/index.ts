import { defineContentScript } from 'wxt/utils/define-content-script';
import { holdsKeyboardFocus } from './fill-target';
import { loadFieldsPart } from './load-fields-part';
import { trackRightClickedInput } from './right-click';
import { watchForFields, type Detect } from './watch-fields';
import { answerWorker } from './worker-messages';

// Runs on every http/https page, so it must cost almost nothing until it finds a
// field. It never holds a secret: at most the one code it asked for, while filling it.
// This file and what it imports are the always-loaded part (a few KB): a look for
// inputs, a cheap observer, the right-click and the worker's messages. The detector
// and everything that acts on a field load when needed (load-fields-part.ts).
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  allFrames: true,
  main(ctx) {
    let listening = false;
    const rightClicked = trackRightClickedInput(ctx, listenToWorker);
    const detect: Detect = (roots) => loadFieldsPart().then((part) => part.detect(roots));
    const fields = watchForFields(ctx, detect, (found) => {
      listenToWorker();
      void loadFieldsPart().then((part) => part.offer(ctx, found));
    });

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
            : Promise.all([loadFieldsPart(), fields()]).then(([part, found]) => part.beginFill(trigger, kind, found, rightClicked())),
        'fill.deliver': ({ requestId, code }) => loadFieldsPart().then((part) => ({ filled: part.deliverCode(requestId, code) })),
      });
    }
  },
});
