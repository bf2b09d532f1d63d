/**
 * SHA-256 over the canonical JSON of a structure, stored beside it so that
 * accidental damage (a flipped bit, a truncated copy) is reported as damage
 * instead of as a wrong password. It is not a security control: anyone who
 * can edit the data can recompute it. The GCM tag is what protects the data.
 */
import { bytesToBase64, utf8Encode } from './bytes';
import { canonicalJson } from './canonical-json';
import { sha256 } from './crypto';

export async function checksumOf(value: unknown): Promise<string> {
  return bytesToBase64(await sha256(utf8Encode(canonicalJson(value))));
}
