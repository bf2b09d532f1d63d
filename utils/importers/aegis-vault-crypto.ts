import { aesGcmDecrypt, scryptKey } from './crypto';
import { base64ToBytes, concatBytes, hexToBytes, utf8Bytes, utf8Text } from './encoding';
import { ImportError } from './errors';
import { arrayField, isObject, numberField, objectField, parseJsonPayload, requireObject, stringField } from './json';
import type { JsonObject } from './json';
import { t } from '../i18n/translate';

const WHAT = 'Aegis';
const PASSWORD_SLOT = 1;
// Aegis makes one password slot (plus biometric ones we cannot use); a few
// more is generous, and each costs a full scrypt run.
const MAX_PASSWORD_SLOTS = 4;

/**
 * Opens an encrypted Aegis vault: each password slot wraps the master key with
 * scrypt(password) + AES-256-GCM; the master key opens `db` with AES-256-GCM.
 * GCM keeps its tag apart from the ciphertext in Aegis; WebCrypto wants it appended.
 */
export async function decryptAegisVault(header: JsonObject, db: string, password: string): Promise<JsonObject> {
  const slots = (arrayField(header, 'slots') ?? []).filter(isObject).filter((slot) => numberField(slot, 'type') === PASSWORD_SLOT);
  if (slots.length === 0) {
    throw new ImportError('unsupported-format', t('errors.import.aegisNoPassword'));
  }
  const masterKey = await unlockAnySlot(slots.slice(0, MAX_PASSWORD_SLOTS), password);
  if (!masterKey) throw new ImportError('wrong-password');

  const params = requireObject(objectField(header, 'params'), WHAT);
  const plaintext = await aesGcmDecrypt(
    masterKey,
    hexToBytes(stringField(params, 'nonce') ?? '', WHAT),
    concatBytes(base64ToBytes(db, WHAT), hexToBytes(stringField(params, 'tag') ?? '', WHAT)),
  );
  const text = plaintext && utf8Text(plaintext);
  // The password was right (a slot opened), so a failure here is damage.
  if (text === undefined) throw new ImportError('malformed');
  return requireObject(parseJsonPayload(text, WHAT), WHAT);
}

async function unlockAnySlot(slots: JsonObject[], password: string): Promise<Uint8Array<ArrayBuffer> | undefined> {
  for (const slot of slots) {
    const keyParams = requireObject(objectField(slot, 'key_params'), WHAT);
    const derived = await scryptKey(utf8Bytes(password), hexToBytes(stringField(slot, 'salt') ?? '', WHAT), {
      n: numberField(slot, 'n') ?? 0,
      r: numberField(slot, 'r') ?? 0,
      p: numberField(slot, 'p') ?? 0,
    });
    const masterKey = await aesGcmDecrypt(
      derived,
      hexToBytes(stringField(keyParams, 'nonce') ?? '', WHAT),
      concatBytes(hexToBytes(stringField(slot, 'key') ?? '', WHAT), hexToBytes(stringField(keyParams, 'tag') ?? '', WHAT)),
    );
    if (masterKey) return masterKey;
  }
  return undefined;
}
