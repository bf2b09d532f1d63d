/**
 * The authoritative run of the detection fixtures: every page in
 * tests/fixtures/pages/detect/expected.json through `detectFields` inside
 * Chromium, with real layout (visibility, box order), not only happy-dom.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_PATH } from './harness/paths';
import { startServer, type TestServer } from './harness/server';
import { bundleForPage } from './harness/bundle';
import { queryDeep, readBackupBlockCases, readFieldCases, type ExpectedField } from '../fixtures/pages/detect/manifest';

interface Found {
  kind: string;
  inputs: boolean[];
}

describe('field detection in Chromium', () => {
  let browser: Browser;
  let server: TestServer;
  let page: Page;
  let detector: string;

  beforeAll(async () => {
    detector = await bundleForPage('utils/detect/index.ts', 'TwofoldDetect');
    server = await startServer();
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox', '--disable-gpu'] });
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function detectOn(pagePath: string, expected: ExpectedField[], dynamic: boolean) {
    await page.goto(server.url(`/detect/${pagePath}`));
    if (dynamic) {
      for (const field of expected) for (const selector of field.inputs) await page.locator(selector).first().waitFor();
    }
    await page.addScriptTag({ content: detector });
    return page.evaluate(
      ({ expected, queryDeepSource }) => {
        const queryDeep = new Function(`return (${queryDeepSource})`)() as (root: Document, selector: string) => Element | null;
        const detect = (globalThis as unknown as { TwofoldDetect: { detectFields(root: Document): Array<{ kind: string; inputs: Element[] }> } }).TwofoldDetect;
        const found = detect.detectFields(document);
        return found.map((field, index): Found => ({
          kind: field.kind,
          // For each detected box: is it the element the manifest names at this position?
          inputs: field.inputs.map((input, position) => {
            const selector = expected[index]?.inputs[position];
            return selector !== undefined && queryDeep(document, selector) === input;
          }),
        }));
      },
      { expected, queryDeepSource: queryDeep.toString() },
    );
  }

  const cases = readFieldCases();
  it('has at least 30 pages, a third of them negatives', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    expect(cases.filter((c) => c.fields.length === 0).length).toBeGreaterThanOrEqual(cases.length / 3);
  });

  it.each(cases.map((c) => [c.page, c] as const))('%s', async (_name, testCase) => {
    const found = await detectOn(testCase.page, testCase.fields, testCase.dynamic === true);
    expect(found).toEqual(testCase.fields.map((field) => ({ kind: field.kind, inputs: field.inputs.map(() => true) })));
  });

  it.each(readBackupBlockCases().map((c) => [c.page, c] as const))('backup-code block: %s', async (_name, testCase) => {
    await page.goto(server.url(`/detect/${testCase.page}`));
    await page.addScriptTag({ content: detector });
    const block = await page.evaluate(() => {
      const detect = (globalThis as unknown as { TwofoldDetect: { detectBackupCodeBlock(root: Document): unknown } }).TwofoldDetect;
      return detect.detectBackupCodeBlock(document);
    });
    if (testCase.block === null) expect(block).toBeNull();
    else expect(block).toMatchObject({ heading: testCase.block.heading, codes: testCase.block.codes });
  });
});
