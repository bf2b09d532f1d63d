import { describe, expect, it } from 'vitest';
import { checksumOf } from '../../../utils/vault/checksum';
import { generateDataKeyBytes } from '../../../utils/vault/crypto';
import { ARGON2ID_TARGET, PBKDF2_TARGET } from '../../../utils/vault/kdf-params';
import { createPasswordSlot, openPasswordSlot, type PasswordSlot } from '../../../utils/vault/slot';
import { expectVaultError } from './helpers/expect-vault-error';
import { hex } from './helpers/kat';
import { flipByte } from './helpers/tamper';
import { TEST_KDF } from './helpers/test-database';

const password = 'correct horse battery staple';

async function makeSlot(): Promise<{ slot: PasswordSlot; dek: Uint8Array }> {
  const dek = generateDataKeyBytes();
  return { slot: await createPasswordSlot(password, dek, TEST_KDF), dek };
}

/** A tampered slot whose checksum was recomputed, as a deliberate editor would. */
async function withChecksum(slot: Omit<PasswordSlot, 'checksum'> & { checksum?: string }): Promise<PasswordSlot> {
  const { checksum: _old, ...body } = slot;
  return { ...body, checksum: await checksumOf(body) };
}

describe('password slot', () => {
  it('gives back the data key for the right password', async () => {
    const { slot, dek } = await makeSlot();
    expect(hex(await openPasswordSlot(slot, password))).toBe(hex(dek));
  });

  it('opens after a round trip through JSON that reorders its keys', async () => {
    const { slot, dek } = await makeSlot();
    const reverseKeys = (value: object): object => Object.fromEntries(Object.entries(value).reverse());
    const reordered = reverseKeys({ ...slot, kdf: reverseKeys(slot.kdf) });
    expect(Object.keys(reordered)[0]).toBe('checksum');
    expect(hex(await openPasswordSlot(reordered, password))).toBe(hex(dek));
  });

  it('uses a fresh salt and IV for every slot, even for the same password and key', async () => {
    const dek = generateDataKeyBytes();
    const first = await createPasswordSlot(password, dek, TEST_KDF);
    const second = await createPasswordSlot(password, dek, TEST_KDF);
    expect(first.kdf.salt).not.toBe(second.kdf.salt);
    expect(first.iv).not.toBe(second.iv);
  });

  it('without a cost, gets the Argon2id target from docs/security.md', async () => {
    const dek = generateDataKeyBytes();
    const slot = await createPasswordSlot(password, dek);
    expect(slot.kdf).toMatchObject({ algorithm: 'argon2id', memoryKiB: 65_536, iterations: 3, parallelism: 4 });
    expect(slot.kdf).toMatchObject(ARGON2ID_TARGET);
    expect(hex(await openPasswordSlot(slot, password))).toBe(hex(dek));
  });

  it('works with the PBKDF2 fallback', async () => {
    const dek = generateDataKeyBytes();
    const slot = await createPasswordSlot(password, dek, PBKDF2_TARGET);
    expect(slot.kdf).toMatchObject(PBKDF2_TARGET);
    expect(hex(await openPasswordSlot(slot, password))).toBe(hex(dek));
    await expectVaultError(openPasswordSlot(slot, 'Correct horse battery staple'), 'wrong-password');
  });

  it('refuses to create a slot below the floor', async () => {
    await expectVaultError(createPasswordSlot(password, generateDataKeyBytes(), { ...TEST_KDF, iterations: 1 }), 'weak-kdf');
    await expectVaultError(
      createPasswordSlot(password, generateDataKeyBytes(), { algorithm: 'pbkdf2-sha256', iterations: 100_000 }),
      'weak-kdf',
    );
  });
});

describe('password slot failures are told apart', () => {
  it('a wrong password is "wrong-password"', async () => {
    const { slot } = await makeSlot();
    await expectVaultError(openPasswordSlot(slot, 'correct horse battery stapler'), 'wrong-password');
  });

  it.each<[string, (slot: PasswordSlot) => PasswordSlot]>([
    ['a byte of the IV', (slot) => ({ ...slot, iv: flipByte(slot.iv, 0) })],
    ['a byte of the wrapped key', (slot) => ({ ...slot, wrappedKey: flipByte(slot.wrappedKey, 3) })],
    ['a byte of the tag', (slot) => ({ ...slot, wrappedKey: flipByte(slot.wrappedKey, -1) })],
    ['the KDF parameters', (slot) => ({ ...slot, kdf: { ...slot.kdf, iterations: 3 } })],
    ['a byte of the salt', (slot) => ({ ...slot, kdf: { ...slot.kdf, salt: flipByte(slot.kdf.salt, 5) } })],
    ['the checksum', (slot) => ({ ...slot, checksum: flipByte(slot.checksum, 0) })],
  ])('a damaged slot (%s) is "vault-damaged", even with the right password', async (_name, damage) => {
    const { slot } = await makeSlot();
    await expectVaultError(openPasswordSlot(damage(slot), password), 'vault-damaged');
  });

  it.each<[string, (slot: PasswordSlot) => unknown]>([
    ['not an object', () => 'slot'],
    ['null', () => null],
    ['no version', (slot) => ({ ...slot, version: undefined })],
    ['no KDF parameters', (slot) => ({ ...slot, kdf: undefined })],
    ['a truncated wrapped key', (slot) => ({ ...slot, wrappedKey: slot.wrappedKey.slice(0, 32) })],
    ['an IV of the wrong length', (slot) => ({ ...slot, iv: 'AAAAAAAAAAAA' })],
  ])('a malformed slot (%s) is "vault-damaged"', async (_name, malform) => {
    const { slot } = await makeSlot();
    await expectVaultError(openPasswordSlot(malform(slot), password), 'vault-damaged');
  });

  it('parameters are the additional data: edited parameters with a recomputed checksum never open', async () => {
    const { slot } = await makeSlot();
    const edited = await withChecksum({ ...slot, kdf: { ...slot.kdf, iterations: 3 } });
    await expectVaultError(openPasswordSlot(edited, password), 'wrong-password');
  });

  it('a slot from a newer Twofold is "unsupported-version"', async () => {
    const { slot } = await makeSlot();
    await expectVaultError(openPasswordSlot({ ...slot, version: 2 }, password), 'unsupported-version');
  });
});
