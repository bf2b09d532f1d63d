/**
 * Record envelope: one stored value (an account, a backup-code set) as
 * AES-256-GCM ciphertext under the data key. Two version numbers, as in
 * Aegis: `v` is this envelope's format; the content schema version (kept in
 * the `meta` table) is the shape of the JSON inside.
 */
import { base64ToBytes, bytesToBase64, utf8Decode, utf8Encode, type Bytes } from './bytes';
import { AuthenticationFailed, GCM_IV_BYTES, GCM_TAG_BYTES, aesGcmDecrypt, aesGcmEncrypt } from './crypto';
import { VaultError } from './errors';

export const ENVELOPE_VERSION = 1;
export const CONTENT_SCHEMA_VERSION = 1;

export interface RecordEnvelope {
  v: number;
  /** base64 */
  iv: string;
  /** Ciphertext and GCM tag, base64. */
  ct: string;
}

/**
 * Binds a ciphertext to where it is stored, so a record copied onto another id
 * or table, or replayed under another content schema, fails to open.
 * Table and id are URI-encoded so a '/' inside an id cannot shift the fields.
 */
export function recordAdditionalData(table: string, id: string, schemaVersion: number): Bytes {
  return utf8Encode(
    `twofold/v${ENVELOPE_VERSION}/${encodeURIComponent(table)}/${encodeURIComponent(id)}/${schemaVersion}`,
  );
}

export async function sealRecord(
  key: CryptoKey,
  table: string,
  id: string,
  value: unknown,
  schemaVersion = CONTENT_SCHEMA_VERSION,
): Promise<RecordEnvelope> {
  const plaintext = utf8Encode(JSON.stringify(value));
  const sealed = await aesGcmEncrypt(key, plaintext, recordAdditionalData(table, id, schemaVersion));
  return { v: ENVELOPE_VERSION, iv: bytesToBase64(sealed.iv), ct: bytesToBase64(sealed.ciphertext) };
}

/**
 * The key was already proven right by the password slot, so any failure here
 * (bad structure, GCM tag, JSON) means the stored record is damaged.
 */
export async function openRecord(
  key: CryptoKey,
  table: string,
  id: string,
  envelope: unknown,
  schemaVersion = CONTENT_SCHEMA_VERSION,
): Promise<unknown> {
  if (typeof envelope !== 'object' || envelope === null) throw new VaultError('vault-damaged');
  const { v, iv: rawIv, ct } = envelope as Record<string, unknown>;
  if (Number.isSafeInteger(v) && (v as number) > ENVELOPE_VERSION) throw new VaultError('unsupported-version');
  const iv = base64ToBytes(rawIv);
  const ciphertext = base64ToBytes(ct);
  if (v !== ENVELOPE_VERSION || iv?.length !== GCM_IV_BYTES || !ciphertext || ciphertext.length < GCM_TAG_BYTES) {
    throw new VaultError('vault-damaged');
  }
  try {
    const plaintext = await aesGcmDecrypt(key, { iv, ciphertext }, recordAdditionalData(table, id, schemaVersion));
    return JSON.parse(utf8Decode(plaintext));
  } catch (error) {
    if (error instanceof AuthenticationFailed || error instanceof SyntaxError || error instanceof TypeError) {
      throw new VaultError('vault-damaged');
    }
    throw error;
  }
}
