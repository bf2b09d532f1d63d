import { ImportError } from './errors';
import { MAX_IMPORT_BYTES } from './limits';
import type { ImportInput, ImportSource } from './types';

const utf8 = new TextEncoder();

function toBytes(data: string | Uint8Array): Uint8Array {
  if (typeof data !== 'string') return data;
  // Cheap early refusal: every UTF-16 unit becomes at least one byte.
  if (data.length > MAX_IMPORT_BYTES) throw new ImportError('too-large');
  return utf8.encode(data);
}

/**
 * Checks the size cap and wraps the input so formats share one decoding of it.
 * Text and JSON are decoded lazily: detecting a binary backup costs no parse.
 */
export function createSource(input: ImportInput): ImportSource {
  const bytes = toBytes(input.data);
  if (bytes.length > MAX_IMPORT_BYTES) throw new ImportError('too-large');
  const fileName = typeof input.fileName === 'string' ? input.fileName : '';
  let text: string | undefined;
  let json: { value: unknown } | undefined;

  return {
    fileName,
    bytes,
    get text() {
      // Lossy on purpose: binary formats never read `text`, and a stray bad
      // byte in a text export should cost one entry, not the whole file.
      text ??= new TextDecoder('utf-8').decode(bytes);
      return text;
    },
    get json() {
      json ??= { value: parseJson(this.text) };
      return json.value;
    },
  };
}

function parseJson(text: string): unknown {
  const first = text.trimStart()[0];
  if (first !== '{' && first !== '[') return undefined;
  try {
    // JSON.parse makes "__proto__" an ordinary own key; it only becomes a
    // prototype if someone copies the object, which json.ts never does.
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
