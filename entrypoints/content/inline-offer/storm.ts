/**
 * Counts style and attribute changes aimed at our button (its host, <html>,
 * <body>). Pages barely touch these; a clickjacking page flickers them to slip a
 * click past the checks. Past the limit the button turns itself off for the page.
 */
const STORM_LIMIT = 20;
const STORM_WINDOW_MS = 1_000;

export interface StormWatch {
  /** Call right after our own change to the host, so it does not count. */
  ignoreOwnChanges(): void;
  stop(): void;
}

export function watchForStorm(host: HTMLElement, onStorm: () => void): StormWatch {
  let changes: number[] = [];
  const observer = new MutationObserver((records) => {
    const now = Date.now();
    changes = [...changes.filter((at) => now - at < STORM_WINDOW_MS), ...records.map(() => now)];
    if (changes.length > STORM_LIMIT) onStorm();
  });
  observer.observe(host, { attributes: true });
  for (const element of [document.documentElement, document.body]) {
    if (element) observer.observe(element, { attributeFilter: ['style', 'class'] });
  }
  return {
    ignoreOwnChanges: () => void observer.takeRecords(),
    stop: () => observer.disconnect(),
  };
}
