import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from './harness/extension';
import { codesAroundNow } from './harness/expected-code';
import { PopupPage, type SeedAccount } from './pages/popup';

const COUNT = 1_000;
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** A distinct 32-character secret per index. */
function secretFor(index: number): string {
  let secret = '';
  for (let position = 0; position < 32; position += 1) secret += BASE32[(index * 7 + position * 13 + ((index >> position % 10) & 31)) % 32];
  return secret;
}

const ACCOUNTS: SeedAccount[] = Array.from({ length: COUNT }, (_, index) => ({
  issuer: `Service ${String(index).padStart(4, '0')}`,
  label: `user${index}@example.test`,
  secret: secretFor(index),
}));

describe('the popup with a thousand accounts', () => {
  let session: ExtensionSession;
  let popup: PopupPage;

  beforeAll(async () => {
    session = await launchExtension();
    popup = await PopupPage.open(session);
    await popup.setUp();
    await popup.seed(ACCOUNTS);
  }, 120_000);
  afterAll(async () => {
    await session?.close();
  });

  it('renders only the rows in view, asks codes only for them, and scrolling shows other rows with codes', async () => {
    await popup.page.reload();
    // Count the ids each codes.get asks for (the extension API is looked up on every call).
    await popup.page.evaluate(() => {
      const sizes: number[] = [];
      (window as unknown as { codeRequestSizes: number[] }).codeRequestSizes = sizes;
      for (const api of [globalThis.chrome, (globalThis as unknown as { browser?: typeof chrome }).browser]) {
        if (!api?.runtime) continue;
        const original = api.runtime.sendMessage.bind(api.runtime) as (message: unknown) => Promise<unknown>;
        api.runtime.sendMessage = ((message: { type?: string; payload?: { ids?: string[] } }) => {
          if (message?.type === 'codes.get') sizes.push(message.payload?.ids?.length ?? 0);
          return original(message);
        }) as typeof api.runtime.sendMessage;
      }
    });
    await popup.page.getByTestId('account-code').first().waitFor();
    const rendered = await popup.page.getByTestId('account-row').count();
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(30);
    expect(await popup.codeOf('Service 0000')).toSatisfy((code: string) => codesAroundNow(ACCOUNTS[0]!).includes(code));

    await popup.page.getByTestId('account-list').evaluate((list) => list.scrollTo({ top: list.scrollHeight }));
    const last = ACCOUNTS[COUNT - 1]!;
    expect(codesAroundNow(last)).toContain(await popup.codeOf(last.issuer));
    await popup.page.getByTestId('account-list').evaluate((list) => list.scrollTo({ top: list.scrollHeight / 2 }));
    // The scroll renders in a later frame: until then the bottom rows are still there.
    await expect.poll(async () => (await popup.issuers()).includes(last.issuer)).toBe(false);
    await popup.page.getByTestId('account-code').first().waitFor();
    const middle = (await popup.issuers()).find((issuer) => issuer.startsWith('Service 0'))!;
    const middleAccount = ACCOUNTS.find((account) => account.issuer === middle)!;
    expect(Number(middle.slice(-4))).toBeGreaterThan(100);
    expect(codesAroundNow(middleAccount)).toContain(await popup.codeOf(middle));
    expect(await popup.page.getByTestId('account-row').count()).toBeLessThan(30);

    const sizes = await popup.page.evaluate(() => (window as unknown as { codeRequestSizes: number[] }).codeRequestSizes);
    expect(sizes.length).toBeGreaterThan(0);
    expect(Math.max(...sizes)).toBeLessThan(30);
  });

  it('finds one account among a thousand as you type', async () => {
    await popup.search('user777@');
    await expect.poll(() => popup.issuers()).toEqual(['Service 0777']);
    expect(codesAroundNow(ACCOUNTS[777]!)).toContain(await popup.codeOf('Service 0777'));
  });
});
