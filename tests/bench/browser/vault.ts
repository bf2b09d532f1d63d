/**
 * Puts the vault in a known state through the product's own messages: set up
 * with the default key-derivation cost, then accounts added in bulk through
 * the import path (preview, then commit every new entry), as a user importing
 * a file would.
 */
import type { Page } from 'playwright-core';
import { toOtpauthList } from '../../../utils/exporters/otpauth-list';
import { benchAccounts } from '../data/accounts';
import { sendTimed } from './send';

export const BENCH_PASSWORD = 'bench correct horse battery staple';

export async function setUpVault(page: Page): Promise<void> {
  await sendTimed(page, 'vault.setup', { password: BENCH_PASSWORD });
}

export interface SeedTiming {
  previewMs: number;
  commitMs: number;
  added: number;
}

/** Adds the bench accounts `from`…`to - 1` (so a vault can grow from 100 to 1,000 without duplicates). */
export async function seedAccounts(page: Page, from: number, to: number): Promise<SeedTiming> {
  const data = Buffer.from(toOtpauthList(benchAccounts(to).slice(from)), 'utf8').toString('base64');
  const preview = await sendTimed(page, 'import.preview', { fileName: 'bench.txt', data });
  const indexes = preview.value.entries.filter((entry) => entry.status === 'new').map((entry) => entry.index);
  if (indexes.length !== to - from) throw new Error(`bench import: ${indexes.length} new entries, expected ${to - from}`);
  const commit = await sendTimed(page, 'import.commit', { previewId: preview.value.previewId, indexes });
  return { previewMs: preview.ms, commitMs: commit.ms, added: commit.value.added };
}
