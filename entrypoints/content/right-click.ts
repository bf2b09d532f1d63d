/**
 * The input the person last right-clicked: "Fill two-factor code" in the context menu
 * fills that one. `onInputRightClicked` runs before the browser shows the menu.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export function trackRightClickedInput(ctx: ContentScriptContext, onInputRightClicked: () => void): () => HTMLInputElement | null {
  let input: HTMLInputElement | null = null;
  ctx.addEventListener(
    document,
    'contextmenu',
    (event) => {
      const [target] = event.composedPath();
      input = event.isTrusted && target instanceof HTMLInputElement ? target : null;
      if (input) onInputRightClicked();
    },
    { capture: true },
  );
  return () => input;
}
