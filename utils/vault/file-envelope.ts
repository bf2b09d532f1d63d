/**
 * Portable file envelope for encrypted exports: the payload as JSON under a
 * key derived from the password with its own fresh salt, independent of the
 * vault's slot, so a file opens on any install that knows the password.
 */
import { base64ToBytes, bytesToBase64, utf8Decode, utf8Encode, type Bytes } from './bytes';
import { canonicalJson } from './canonical-json';
import { checksumOf } from './checksum';
import { AuthenticationFailed, GCM_IV_BYTES, GCM_TAG_BYTES, aesGcmDecrypt, aesGcmEncrypt } from './crypto';
import { VaultError } from './errors';
import { defaultKdfParams, deriveKekKey } from './kdf';
import { assertAtFloor, parseKdfParams, withFreshSalt, type KdfCost, type KdfParams } from './kdf-params';

export const BACKUP_FORMAT = 'twofold-backup';
export const BACKUP_VERSION = 1;

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: number;
  kdf: KdfParams;
  iv: string;
  ct: string;
  /** See checksum.ts: tells a damaged file from a wrong password. */
  checksum: string;
}

/** Returns the file's text (JSON). Refuses ('weak-kdf') a cost below the floor. */
export async function sealFile(password: string, payload: unknown, cost?: KdfCost): Promise<string> {
  const kdf = cost ? withFreshSalt(cost) : await defaultKdfParams();
  assertAtFloor(kdf);
  const header = { format: BACKUP_FORMAT, version: BACKUP_VERSION, kdf } as const;
  const key = await deriveKekKey(password, kdf);
  const sealed = await aesGcmEncrypt(key, utf8Encode(JSON.stringify(payload)), headerAdditionalData(header));
  const body = { ...header, iv: bytesToBase64(sealed.iv), ct: bytesToBase64(sealed.ciphertext) };
  const file: BackupFile = { ...body, checksum: await checksumOf(body) };
  return JSON.stringify(file, null, 2);
}

/**
 * Returns the payload. 'wrong-password' on a GCM failure over an intact file,
 * 'file-damaged' when the text is not an intact Twofold backup, and
 * 'unsupported-version' when a newer Twofold made it.
 */
export async function openFile(password: string, fileJson: string): Promise<unknown> {
  const file = await parseFile(fileJson);
  const key = await deriveKekKey(password, file.kdf);
  let plaintext: Bytes;
  try {
    plaintext = await aesGcmDecrypt(key, file, headerAdditionalData(file));
  } catch (error) {
    if (error instanceof AuthenticationFailed) throw new VaultError('wrong-password');
    throw error;
  }
  try {
    return JSON.parse(utf8Decode(plaintext));
  } catch {
    throw new VaultError('file-damaged');
  }
}

/**
 * The header is the additional data, so editing the format, version or KDF
 * parameters breaks the tag. The IV is not repeated here: GCM authenticates
 * it already (the tag's mask is derived from it).
 */
function headerAdditionalData(header: { format: string; version: number; kdf: KdfParams }): Bytes {
  return utf8Encode(canonicalJson({ format: header.format, version: header.version, kdf: header.kdf }));
}

async function parseFile(
  fileJson: string,
): Promise<{ format: string; version: number; kdf: KdfParams; iv: Bytes; ciphertext: Bytes }> {
  let value: unknown;
  try {
    value = JSON.parse(fileJson);
  } catch {
    throw new VaultError('file-damaged');
  }
  if (typeof value !== 'object' || value === null) throw new VaultError('file-damaged');
  const { format, version, kdf: rawKdf, iv: rawIv, ct, checksum } = value as Record<string, unknown>;
  if (format !== BACKUP_FORMAT) throw new VaultError('file-damaged');
  if (Number.isSafeInteger(version) && (version as number) > BACKUP_VERSION) throw new VaultError('unsupported-version');
  // Parameters are checked (with ceilings) before any key derivation: the file may be hostile.
  const kdf = parseKdfParams(rawKdf);
  const iv = base64ToBytes(rawIv);
  const ciphertext = base64ToBytes(ct);
  if (version !== BACKUP_VERSION || !kdf || iv?.length !== GCM_IV_BYTES || !ciphertext || ciphertext.length < GCM_TAG_BYTES) {
    throw new VaultError('file-damaged');
  }
  if (checksum !== (await checksumOf({ format, version, kdf, iv: rawIv, ct }))) throw new VaultError('file-damaged');
  return { format, version, kdf, iv, ciphertext };
}
