/**
 * Loads a fixture page into its own happy-dom window, with the page's inline
 * scripts run (they attach shadow roots and add late fields), and waits until
 * its timers and scripts are done.
 */
import { Window } from 'happy-dom';

export async function loadPage(html: string): Promise<Window> {
  const window = new Window({
    url: 'https://fixtures.test/',
    settings: { enableJavaScriptEvaluation: true, suppressInsecureJavaScriptEnvironmentWarning: true },
  });
  window.document.write(html);
  await window.happyDOM.waitUntilComplete();
  return window;
}
