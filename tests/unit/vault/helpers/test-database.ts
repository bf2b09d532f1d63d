import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { VaultDatabase } from '../../../../utils/vault/db';
import { ARGON2ID_FLOOR } from '../../../../utils/vault/kdf-params';

/** The cheapest cost the vault accepts for a new slot; keeps tests fast and the floor honest. */
export const TEST_KDF = ARGON2ID_FLOOR;

/** A unique name per call, so tests never see each other's data. */
export function freshDatabaseName(): string {
  return `twofold-test-${crypto.randomUUID()}`;
}

export function openTestDatabase(name = freshDatabaseName()): VaultDatabase {
  return new VaultDatabase({ name, indexedDB, IDBKeyRange });
}
