import { describe, expect, it } from 'vitest';
import { utf8Decode } from '../../../utils/vault/bytes';
import { generateDataKeyBytes, importAesKey } from '../../../utils/vault/crypto';
import { openRecord, recordAdditionalData, sealRecord, type RecordEnvelope } from '../../../utils/vault/envelope';
import { expectVaultError } from './helpers/expect-vault-error';
import { flipByte } from './helpers/tamper';

const account = { issuer: 'Zürich Bank', label: 'alice@example.com', secret: 'JBSWY3DPEHPK3PXP', sites: ['https://bank.example'] };

async function testKey(): Promise<CryptoKey> {
  return importAesKey(generateDataKeyBytes());
}

describe('record envelope', () => {
  it('round-trips a value and shows none of it in the envelope', async () => {
    const key = await testKey();
    const envelope = await sealRecord(key, 'accounts', 'id-1', account);
    expect(Object.keys(envelope).sort()).toEqual(['ct', 'iv', 'v']);
    expect(envelope.v).toBe(1);
    expect(JSON.stringify(envelope)).not.toMatch(/Bank|alice|JBSWY3DP|bank\.example/);
    expect(await openRecord(key, 'accounts', 'id-1', envelope)).toEqual(account);
  });

  it('seals the same value differently every time (fresh IV)', async () => {
    const key = await testKey();
    const first = await sealRecord(key, 'accounts', 'id-1', account);
    const second = await sealRecord(key, 'accounts', 'id-1', account);
    expect(first.iv).not.toBe(second.iv);
    expect(first.ct).not.toBe(second.ct);
  });

  it('binds table, id and content schema version as additional data', () => {
    expect(utf8Decode(recordAdditionalData('accounts', 'id-1', 1))).toBe('twofold/v1/accounts/id-1/1');
    // A '/' in an id cannot make two different places read the same.
    expect(utf8Decode(recordAdditionalData('accounts', 'a/1', 1))).toBe('twofold/v1/accounts/a%2F1/1');
  });
});

describe('record envelope refuses what does not belong', () => {
  it.each<[string, string, string, number]>([
    ['another id', 'accounts', 'id-2', 1],
    ['another table', 'backupCodeSets', 'id-1', 1],
    ['another content schema version', 'accounts', 'id-1', 2],
  ])('a record moved to %s is "vault-damaged"', async (_name, table, id, schemaVersion) => {
    const key = await testKey();
    const envelope = await sealRecord(key, 'accounts', 'id-1', account);
    await expectVaultError(openRecord(key, table, id, envelope, schemaVersion), 'vault-damaged');
  });

  it('two records whose envelopes were swapped both fail', async () => {
    const key = await testKey();
    const first = await sealRecord(key, 'accounts', 'id-1', { label: 'first' });
    const second = await sealRecord(key, 'accounts', 'id-2', { label: 'second' });
    await expectVaultError(openRecord(key, 'accounts', 'id-1', second), 'vault-damaged');
    await expectVaultError(openRecord(key, 'accounts', 'id-2', first), 'vault-damaged');
  });

  it.each<[string, (envelope: RecordEnvelope) => unknown]>([
    ['a byte of the IV', (envelope) => ({ ...envelope, iv: flipByte(envelope.iv, 4) })],
    ['a byte of the ciphertext', (envelope) => ({ ...envelope, ct: flipByte(envelope.ct, 0) })],
    ['a byte of the tag', (envelope) => ({ ...envelope, ct: flipByte(envelope.ct, -1) })],
    ['a truncated ciphertext', (envelope) => ({ ...envelope, ct: envelope.ct.slice(0, 8) })],
    ['no version', (envelope) => ({ ...envelope, v: undefined })],
    ['version 0', (envelope) => ({ ...envelope, v: 0 })],
    ['an IV that is not base64', (envelope) => ({ ...envelope, iv: '!!!' })],
    ['not an object', () => 'envelope'],
  ])('%s is "vault-damaged"', async (_name, damage) => {
    const key = await testKey();
    const envelope = await sealRecord(key, 'accounts', 'id-1', account);
    await expectVaultError(openRecord(key, 'accounts', 'id-1', damage(envelope)), 'vault-damaged');
  });

  it('another key is "vault-damaged" (the slot already proved the key right)', async () => {
    const envelope = await sealRecord(await testKey(), 'accounts', 'id-1', account);
    await expectVaultError(openRecord(await testKey(), 'accounts', 'id-1', envelope), 'vault-damaged');
  });

  it('an envelope from a newer Twofold is "unsupported-version"', async () => {
    const key = await testKey();
    const envelope = await sealRecord(key, 'accounts', 'id-1', account);
    await expectVaultError(openRecord(key, 'accounts', 'id-1', { ...envelope, v: 2 }), 'unsupported-version');
  });
});
