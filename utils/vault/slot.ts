/**
 * Password slot: the data key (DEK) wrapped with a key derived from the
 * password. Changing the password re-wraps the DEK and nothing else.
 */
import { base64ToBytes, bytesToBase64, utf8Encode, type Bytes } from './bytes';
import { canonicalJson } from './canonical-json';
import { checksumOf } from './checksum';
import { AES_KEY_BYTES, AuthenticationFailed, GCM_IV_BYTES, GCM_TAG_BYTES, aesGcmDecrypt, aesGcmEncrypt } from './crypto';
import { VaultError } from './errors';
import { defaultKdfParams, deriveKekKey } from './kdf';
import { assertAtFloor, parseKdfParams, withFreshSalt, type KdfCost, type KdfParams } from './kdf-params';

export const SLOT_VERSION = 1;

export interface PasswordSlot {
  version: number;
  kdf: KdfParams;
  /** IV of the DEK wrap, base64. */
  iv: string;
  /** The wrapped DEK with its GCM tag, base64. */
  wrappedKey: string;
  /** See checksum.ts: lets a damaged slot say "damaged" rather than "wrong password". */
  checksum: string;
}

/** Creates a slot with a fresh salt; refuses ('weak-kdf') a cost below the floor. */
export async function createPasswordSlot(password: string, dek: Bytes, cost?: KdfCost): Promise<PasswordSlot> {
  const kdf = cost ? withFreshSalt(cost) : await defaultKdfParams();
  assertAtFloor(kdf);
  const kek = await deriveKekKey(password, kdf);
  const sealed = await aesGcmEncrypt(kek, dek, wrapAdditionalData(SLOT_VERSION, kdf));
  const body = { version: SLOT_VERSION, kdf, iv: bytesToBase64(sealed.iv), wrappedKey: bytesToBase64(sealed.ciphertext) };
  return { ...body, checksum: await checksumOf(body) };
}

/**
 * Returns the DEK. A GCM failure here means 'wrong-password' (the slot's
 * checksum already showed its bytes are intact); a malformed slot is
 * 'vault-damaged'; a slot from a newer Twofold is 'unsupported-version'.
 */
export async function openPasswordSlot(slot: unknown, password: string): Promise<Bytes> {
  const parsed = await parseSlot(slot);
  const kek = await deriveKekKey(password, parsed.kdf);
  let dek: Bytes;
  try {
    dek = await aesGcmDecrypt(kek, parsed, wrapAdditionalData(parsed.version, parsed.kdf));
  } catch (error) {
    if (error instanceof AuthenticationFailed) throw new VaultError('wrong-password');
    throw error;
  }
  if (dek.length !== AES_KEY_BYTES) throw new VaultError('vault-damaged');
  return dek;
}

/** The slot's parameters are the wrap's additional data, so editing them breaks the wrap. */
function wrapAdditionalData(version: number, kdf: KdfParams): Bytes {
  return utf8Encode(canonicalJson({ version, kdf }));
}

async function parseSlot(slot: unknown): Promise<{ version: number; kdf: KdfParams; iv: Bytes; ciphertext: Bytes }> {
  if (typeof slot !== 'object' || slot === null) throw new VaultError('vault-damaged');
  const { version, kdf: rawKdf, iv: rawIv, wrappedKey, checksum } = slot as Record<string, unknown>;
  if (Number.isSafeInteger(version) && (version as number) > SLOT_VERSION) throw new VaultError('unsupported-version');
  if (version !== SLOT_VERSION) throw new VaultError('vault-damaged');
  const kdf = parseKdfParams(rawKdf);
  const iv = base64ToBytes(rawIv);
  const ciphertext = base64ToBytes(wrappedKey);
  if (!kdf || iv?.length !== GCM_IV_BYTES || ciphertext?.length !== AES_KEY_BYTES + GCM_TAG_BYTES) {
    throw new VaultError('vault-damaged');
  }
  if (checksum !== (await checksumOf({ version, kdf, iv: rawIv, wrappedKey }))) throw new VaultError('vault-damaged');
  return { version, kdf, iv, ciphertext };
}
