import { aesCbcDecrypt, argon2idKey, equalBytes, hkdfExpandSha256, hmacSha256, pbkdf2, sha256 } from './crypto';
import { base64ToBytes, concatBytes, utf8Bytes, utf8Text } from './encoding';
import type { Bytes } from './encoding';
import { ImportError } from './errors';
import { numberField, parseJsonPayload, stringField } from './json';
import type { JsonObject } from './json';
import { t } from '../i18n/translate';

const WHAT = 'Bitwarden';
const KDF_PBKDF2 = 0;
const KDF_ARGON2ID = 1;

interface Keys {
  encryption: Bytes;
  mac: Bytes;
}

/**
 * A password-protected Bitwarden export: the file key is PBKDF2-SHA256 or
 * Argon2id of the password, stretched by HKDF-Expand into an AES-256-CBC key
 * and an HMAC-SHA256 key. `encKeyValidation_DO_NOT_EDIT` is sealed with the
 * same keys, so its MAC tells a wrong password from a damaged `data`.
 */
export async function decryptBitwardenExport(file: JsonObject, password: string): Promise<unknown> {
  const keys = await deriveKeys(file, password);
  if ((await openEncString(stringField(file, 'encKeyValidation_DO_NOT_EDIT') ?? '', keys)) === undefined) {
    throw new ImportError('wrong-password');
  }
  const data = await openEncString(stringField(file, 'data') ?? '', keys);
  const text = data && utf8Text(data);
  if (text === undefined) throw new ImportError('malformed');
  return parseJsonPayload(text, WHAT);
}

async function deriveKeys(file: JsonObject, password: string): Promise<Keys> {
  const salt = utf8Bytes(stringField(file, 'salt') ?? '');
  const iterations = numberField(file, 'kdfIterations') ?? 0;
  let master: Bytes;
  switch (numberField(file, 'kdfType')) {
    case KDF_PBKDF2:
      master = await pbkdf2(utf8Bytes(password), salt, iterations, 'SHA-256');
      break;
    case KDF_ARGON2ID:
      // Bitwarden hashes the salt first; memory is given in MiB.
      master = await argon2idKey(utf8Bytes(password), await sha256(salt), {
        iterations,
        memoryKiB: (numberField(file, 'kdfMemory') ?? 0) * 1024,
        parallelism: numberField(file, 'kdfParallelism') ?? 0,
      });
      break;
    default:
      throw new ImportError('unsupported-format', t('errors.import.bitwardenUnknownKdf'));
  }
  return { encryption: await hkdfExpandSha256(master, 'enc'), mac: await hkdfExpandSha256(master, 'mac') };
}

/** EncString type 2: `2.<base64 iv>|<base64 ciphertext>|<base64 mac>`, MAC over iv‖ciphertext. */
async function openEncString(text: string, keys: Keys): Promise<Bytes | undefined> {
  const match = /^2\.([^|]+)\|([^|]+)\|([^|]+)$/.exec(text.trim());
  if (!match) throw new ImportError('malformed');
  const [iv, ciphertext, mac] = match.slice(1).map((part) => base64ToBytes(part, WHAT)) as [Bytes, Bytes, Bytes];
  if (!equalBytes(await hmacSha256(keys.mac, concatBytes(iv, ciphertext)), mac)) return undefined;
  return aesCbcDecrypt(keys.encryption, iv, ciphertext);
}
