/**
 * axe-core in an extension page: injected through the DevTools protocol (the
 * pages' CSP runs only the extension's own scripts), run over the whole
 * document in the light and the dark colour scheme, and the serious and
 * critical violations described in words a person can act on.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { AxeResults, Result } from 'axe-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const BLOCKING_IMPACTS = ['serious', 'critical'];
export const COLOR_SCHEMES = ['light', 'dark'] as const;

async function runAxe(page: Page): Promise<Result[]> {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(() => (globalThis as unknown as { axe: { run(options: object): Promise<AxeResults> } }).axe.run({ resultTypes: ['violations'] }));
  return results.violations;
}

/** One line per element that fails a rule: impact, rule, what to fix, where. */
function describeViolations(view: string, violations: Result[]): string[] {
  return violations
    .filter((violation) => BLOCKING_IMPACTS.includes(violation.impact ?? ''))
    .flatMap((violation) =>
      violation.nodes.map(
        (node) =>
          `${view}: [${violation.impact}] ${violation.id} (${violation.help}) at ${node.target.join(' ')}: ` +
          `${(node.failureSummary ?? '').replace(/\s*\n\s*/g, ' ')} | ${node.html}`,
      ),
    );
}

/** The serious and critical violations of the page as it is now, in both colour schemes (the page is left in light). */
export async function seriousViolations(page: Page, view: string): Promise<string[]> {
  const found: string[] = [];
  for (const colorScheme of COLOR_SCHEMES) {
    await page.emulateMedia({ colorScheme });
    found.push(...describeViolations(`${view}, ${colorScheme}`, await runAxe(page)));
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return found;
}
