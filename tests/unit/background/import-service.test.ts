/**
 * Import in the worker: a preview marks entries without writing or revealing
 * secrets; the commit writes the chosen new entries in one write, keeps the
 * account list coherent, and a preview does not outlive a lock or its time.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { PREVIEW_LIFETIME_MS } from '@/entrypoints/background/import-previews';
import { bytesToBase64, utf8Encode } from '@/utils/vault/bytes';
import { unlockedServices } from './transfer-services';

const LINKS = [
  'otpauth://totp/Example:alice?secret=JBSWY3DPEHPK3PXP&issuer=Example',
  'otpauth://totp/Other:bob?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Other',
  'otpauth://motp/Old:carol?secret=ABCDEFGH',
  'otpauth://totp/Other:bob?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Other',
  'otpauth://totp/Third:dave?secret=MFRGGZDFMZTWQ2LK&issuer=Third',
];
const file = (lines = LINKS) => ({ fileName: 'links.txt', data: bytesToBase64(utf8Encode(lines.join('\n'))) });

describe('ImportService', () => {
  it('previews entries as new, duplicate (in Twofold or earlier in the file) and invalid, without secrets or writes', async () => {
    const { imports, accounts } = await unlockedServices();
    await accounts.add({ type: 'totp', issuer: 'Example', label: 'alice', secret: 'JBSWY3DPEHPK3PXP', algorithm: 'SHA1', digits: 6, period: 30, counter: 0 });
    const preview = await imports.preview(file());
    expect(preview.formatLabel).toBe('List of otpauth:// links');
    expect(preview.entries.map(({ status, issuer, reason }) => [status, issuer, reason])).toEqual([
      ['duplicate', 'Example', 'Already in Twofold.'],
      ['new', 'Other', undefined],
      ['duplicate', 'Other', 'Appears earlier in this file.'],
      ['new', 'Third', undefined],
      ['invalid', 'Old:carol', expect.stringMatching(/mOTP/)],
    ]);
    expect(JSON.stringify(preview)).not.toMatch(/JBSWY3DP|GEZDGNBV|MFRGGZDF/);
    expect(await accounts.list()).toHaveLength(1);
  });

  it('writes exactly the chosen new entries in one atomic write, and the list shows them at once', async () => {
    const { imports, accounts, repository } = await unlockedServices();
    const writeTogether = vi.spyOn(repository, 'writeTogether');
    const preview = await imports.preview(file());
    expect(await imports.commit({ previewId: preview.previewId, indexes: [1, 3] })).toEqual({ added: 2, skipped: 0 });
    expect(writeTogether).toHaveBeenCalledTimes(1);
    expect((await accounts.list()).map(({ issuer, icon, note }) => [issuer, icon.kind, note])).toEqual([
      ['Other', 'auto', ''],
      ['Third', 'auto', ''],
    ]);
    expect((await repository.listRecords('accounts')).map((record) => record.order)).toEqual([0, 1]);
  });

  it('writes nothing when the write fails, and the preview can be committed again', async () => {
    const { imports, accounts, repository } = await unlockedServices();
    const preview = await imports.preview(file());
    vi.spyOn(repository, 'writeTogether').mockRejectedValueOnce(new Error('disk full'));
    await expect(imports.commit({ previewId: preview.previewId, indexes: [0, 1] })).rejects.toThrow();
    expect(await accounts.list()).toEqual([]);
    expect(await imports.commit({ previewId: preview.previewId, indexes: [0, 1] })).toEqual({ added: 2, skipped: 0 });
  });

  it('refuses to import duplicate or invalid entries, and skips one that became a duplicate meanwhile', async () => {
    const { imports, accounts } = await unlockedServices();
    const preview = await imports.preview(file());
    await expect(imports.commit({ previewId: preview.previewId, indexes: [2] })).rejects.toMatchObject({ code: 'bad-request' });
    await expect(imports.commit({ previewId: preview.previewId, indexes: [4] })).rejects.toMatchObject({ code: 'bad-request' });
    await accounts.add({ type: 'totp', issuer: 'Example', label: 'alice', secret: 'JBSWY3DPEHPK3PXP', algorithm: 'SHA1', digits: 6, period: 30, counter: 0 });
    expect(await imports.commit({ previewId: preview.previewId, indexes: [0, 1] })).toEqual({ added: 1, skipped: 1 });
    expect(await accounts.list()).toHaveLength(2);
  });

  it('forgets a preview once committed, on lock, and after its lifetime', async () => {
    const { imports, vault, clock } = await unlockedServices();
    const committed = await imports.preview(file());
    await imports.commit({ previewId: committed.previewId, indexes: [0] });
    await expect(imports.commit({ previewId: committed.previewId, indexes: [0] })).rejects.toMatchObject({ code: 'preview-expired' });

    const old = await imports.preview(file());
    clock.now += PREVIEW_LIFETIME_MS;
    await expect(imports.commit({ previewId: old.previewId, indexes: [1] })).rejects.toMatchObject({ code: 'preview-expired' });

    const locked = await imports.preview(file());
    await vault.lock();
    await vault.unlock('vault password');
    await expect(imports.commit({ previewId: locked.previewId, indexes: [1] })).rejects.toMatchObject({ code: 'preview-expired' });
  });

  it('needs an unlocked vault, and passes the importer’s password errors through', async () => {
    const { imports, vault } = await unlockedServices();
    const aegis = { version: 1, header: { slots: [], params: {} }, db: 'AAAA' };
    await expect(imports.preview({ fileName: 'a.json', data: bytesToBase64(utf8Encode(JSON.stringify(aegis))) })).rejects.toMatchObject({
      code: 'needs-password',
    });
    await expect(imports.preview({ fileName: 'x', data: 'not base64!' })).rejects.toMatchObject({ code: 'bad-request' });
    await vault.lock();
    await expect(imports.preview(file())).rejects.toMatchObject({ code: 'locked' });
  });

  it('keeps the notes, sites and pins of a Twofold backup', async () => {
    const { imports, accounts } = await unlockedServices();
    const sample = readFileSync('tests/fixtures/backups/twofold-export-sample.json');
    const preview = await imports.preview({ fileName: 'sample.json', data: bytesToBase64(new Uint8Array(sample)) });
    await imports.commit({ previewId: preview.previewId, indexes: [0, 1, 2] });
    const [first] = await accounts.list();
    expect(first).toMatchObject({ pinned: true, note: 'Sample account: not a real key.', sites: [{ origin: 'https://login.example.com', match: 'origin' }] });
  });
});
