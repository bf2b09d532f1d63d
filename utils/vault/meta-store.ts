/**
 * The `meta` rows: the password slot and the content schema version. Each
 * write is one transaction that re-checks what it replaces, because key
 * derivation runs before it, outside any transaction, and another context may
 * have written meanwhile.
 */
import { canonicalJson } from './canonical-json';
import type { VaultDatabase } from './db';
import { CONTENT_SCHEMA_VERSION } from './envelope';
import { VaultError } from './errors';
import type { PasswordSlot } from './slot';

export async function hasSlot(db: VaultDatabase): Promise<boolean> {
  return (await db.meta.get('passwordSlot')) !== undefined;
}

/** The stored slot, unparsed: openPasswordSlot decides whether it is sound. */
export async function readSlot(db: VaultDatabase): Promise<unknown> {
  const row = await db.meta.get('passwordSlot');
  if (!row) throw new VaultError('not-initialized');
  return row.value;
}

/** First run: the slot and the content schema version together, unless a vault appeared meanwhile. */
export async function writeFirstSlot(db: VaultDatabase, slot: PasswordSlot): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    if (await hasSlot(db)) throw new VaultError('already-initialized');
    await db.meta.bulkPut([
      { key: 'passwordSlot', value: slot },
      { key: 'contentSchemaVersion', value: CONTENT_SCHEMA_VERSION },
    ]);
  });
}

/** Writes `next` only if the stored slot is still `expected`; says whether it did. */
export async function replaceSlot(db: VaultDatabase, expected: unknown, next: PasswordSlot): Promise<boolean> {
  return db.transaction('rw', db.meta, async () => {
    const current = await db.meta.get('passwordSlot');
    if (canonicalJson(current?.value) !== canonicalJson(expected)) return false;
    await db.meta.put({ key: 'passwordSlot', value: next });
    return true;
  });
}

/** Only one content schema exists so far; a later one adds its migration here. */
export async function checkContentSchema(db: VaultDatabase): Promise<void> {
  const version = (await db.meta.get('contentSchemaVersion'))?.value;
  if (typeof version === 'number' && version > CONTENT_SCHEMA_VERSION) throw new VaultError('unsupported-version');
  if (version !== CONTENT_SCHEMA_VERSION) throw new VaultError('vault-damaged');
}
