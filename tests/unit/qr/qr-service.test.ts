import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { indexedDB, IDBKeyRange } from 'fake-indexeddb';
import { VaultDatabase } from '@/utils/vault/db';
import { VaultRepository } from '@/utils/vault/repository';
import { ARGON2ID_FLOOR } from '@/utils/vault/kdf-params';
import { VaultService } from '@/entrypoints/background/vault-service';
import { AccountService } from '@/entrypoints/background/account-service';
import { QrService } from '@/entrypoints/background/qr-service';
import type { SenderContext } from '@/entrypoints/background/sender';
import type { QrDecoder } from '@/utils/qr/decode';
import { toMigrationUris } from '@/utils/otp/migration';
import { validateAccount } from '@/utils/otp/validate';
import { blankImage } from './synthetic-image';

const SECRET = 'JBSWY3DPEHPK3PXP';
const URI = `otpauth://totp/ACME:alice?secret=${SECRET}&issuer=ACME`;
const ORIGIN = 'https://acme.example';
const CAPTURE = { tabId: 4, pixels: { quick: null, full: async () => blankImage(1280, 800) }, origin: ORIGIN };
const OVERLAY: SenderContext = { caller: 'content-script', tabId: 4, frameId: 0, origin: ORIGIN, url: `${ORIGIN}/setup` };
const REGION = { region: { x: 10, y: 10, width: 100, height: 100, viewportWidth: 1280, viewportHeight: 800 } };
const found = (...texts: string[]) => texts.map((text, y) => ({ text, bounds: { x: 0, y, width: 1, height: 1 } }));

async function setUp(decoded: { full?: string[]; thorough?: string[] } = {}) {
  const vault = new VaultService(new VaultRepository(new VaultDatabase({ name: `qr-${Math.random()}`, indexedDB, IDBKeyRange }), { kdfTarget: ARGON2ID_FLOOR }));
  await vault.setup('pw');
  const accounts = new AccountService(vault);
  const decoder: QrDecoder = { decode: vi.fn(async () => found(...(decoded.full ?? []))), decodeThoroughly: vi.fn(async () => found(...(decoded.thorough ?? []))) };
  const deps = { capture: vi.fn(async () => CAPTURE), showRegionSelect: vi.fn(async () => undefined), showResult: vi.fn(async () => undefined) };
  return { vault, accounts, decoder, ...deps, qr: new QrService({ vault, accounts, decoder, ...deps }) };
}

describe('QrService', () => {
  it('holds a scanned account as pending, shows it without the secret, and saves it only on confirmation, linked to the page', async () => {
    const { qr, accounts } = await setUp({ full: [URI] });
    const scan = await qr.scanTab(4);
    expect(scan).toMatchObject({ status: 'found', site: ORIGIN, findings: [{ kind: 'account', account: { issuer: 'ACME', label: 'alice', digits: 6 } }] });
    expect(JSON.stringify(scan)).not.toContain(SECRET);
    expect(await accounts.list()).toEqual([]);

    const [finding] = scan.findings;
    const pendingId = finding?.kind === 'account' ? finding.account.pendingId : '';
    const saved = await qr.confirm({ pendingId, issuer: 'ACME Corp', label: 'alice' });
    expect(saved).toMatchObject({ issuer: 'ACME Corp', sites: [{ origin: ORIGIN, match: 'origin' }] });
    expect(qr.state()?.findings).toEqual([]);
    await expect(qr.confirm({ pendingId, issuer: '', label: '' })).rejects.toMatchObject({ code: 'qr-expired' });
  });

  it('scans only while unlocked, and forgets everything pending when the vault locks', async () => {
    const { qr, vault, capture } = await setUp({ full: [URI] });
    await qr.scanTab(4);
    await vault.lock();
    expect(qr.state()).toBeNull();
    await expect(qr.scanTab(4)).rejects.toMatchObject({ code: 'locked' });
    expect(capture).toHaveBeenCalledTimes(1);
  });

  it('shows the overlay when nothing is found, and decodes only the rectangle the captured page sends back', async () => {
    const { qr, showRegionSelect, showResult, decoder } = await setUp({ thorough: [URI] });
    expect(await qr.scanTab(4)).toMatchObject({ status: 'selecting', findings: [] });
    expect(showRegionSelect).toHaveBeenCalledWith(4);

    await expect(qr.region(REGION, { ...OVERLAY, tabId: 5 })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(qr.region(REGION, { ...OVERLAY, origin: 'https://evil.example' })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(qr.region(REGION, { caller: 'extension-page', url: 'chrome-extension://x/popup.html' })).rejects.toMatchObject({ code: 'forbidden' });

    await qr.region(REGION, OVERLAY);
    expect(decoder.decodeThoroughly).toHaveBeenCalledWith(expect.objectContaining({ width: 100, height: 100 }));
    expect(qr.state()).toMatchObject({ status: 'found', findings: [{ kind: 'account' }] });
    expect(showResult).toHaveBeenCalledTimes(1);
    // Once only.
    await expect(qr.region(REGION, OVERLAY)).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('records a cancelled selection as nothing found, without opening the popup', async () => {
    const { qr, showResult } = await setUp();
    await qr.scanTab(4);
    await qr.region({ cancelled: true }, OVERLAY);
    expect(qr.state()).toMatchObject({ status: 'nothing-found' });
    expect(showResult).not.toHaveBeenCalled();
  });

  it('imports the chosen accounts of an export and reports the ones it cannot add', async () => {
    const exported = [
      { label: 'a', secret: 'JBSWY3DPEHPK3PXP' },
      { label: 'b', secret: 'KRUGS4ZANFZSAYJA' },
      { label: 'c', secret: 'GEZDGNBVGY3TQOJQ' },
    ].map(({ label, secret }) => validateAccount({ issuer: 'G', label, secret }));
    const { qr, accounts } = await setUp({ full: toMigrationUris(exported, 2) });
    await accounts.add({ ...exported[2]!, issuer: 'G', label: 'c' });
    const scan = await qr.scanTab(4);
    expect(scan.findings).toMatchObject([{ kind: 'migration', index: 0, size: 2 }, { kind: 'migration', index: 1, size: 2 }]);
    const [batch] = scan.migrations;
    expect(batch).toMatchObject({ size: 2, scanned: 2, accounts: [{ label: 'a' }, { label: 'b' }, { label: 'c' }] });
    expect(JSON.stringify(scan)).not.toMatch(/JBSWY3DPEHPK3PXP|KRUGS4ZANFZSAYJA/);

    const [a, , c] = batch!.accounts;
    const result = await qr.importMigration([a!.pendingId, c!.pendingId, 'gone']);
    expect(result.added.map((account) => account.label)).toEqual(['a']);
    expect(result.failed).toEqual([
      { pendingId: c!.pendingId, message: expect.stringContaining('already exists') },
      { pendingId: 'gone', message: expect.stringContaining('expired') },
    ]);
    expect(qr.state()?.migrations[0]?.accounts.map((account) => account.label)).toEqual(['b', 'c']);
  });

  it('explains a loaded file that is no picture', async () => {
    const { qr } = await setUp();
    const scan = await qr.scanImages([{ name: 'notes.txt', base64: 'aGVsbG8=' }]);
    expect(scan).toMatchObject({ status: 'nothing-found', findings: [{ kind: 'unusable', reason: 'unreadable-image', message: expect.stringContaining('“notes.txt”') }] });
  });

  it('keeps why a scan from the context menu failed, for the popup, and marks a scan unseen until first read', async () => {
    const { qr } = await setUp();
    qr.recordFailure(new Error('secret internals'));
    expect(qr.state()).toEqual({ status: 'failed', findings: [], migrations: [], error: 'Twofold could not scan this page. Please try again.', unseen: true });
    expect(qr.state()?.unseen).toBeUndefined();
  });

  it('forgets the last scan and its pending accounts after a few minutes', async () => {
    let clock = 1_000;
    const { vault, accounts, decoder } = await setUp({ full: [URI] });
    const qr = new QrService({ vault, accounts, decoder, capture: async () => CAPTURE, showRegionSelect: async () => undefined, showResult: async () => undefined, now: () => clock });
    await qr.scanTab(4);
    clock += 5 * 60_000;
    expect(qr.state()).toBeNull();
  });
});
