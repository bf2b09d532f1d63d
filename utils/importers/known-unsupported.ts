import { startsWithAscii } from './encoding';
import { field, isObject } from './json';
import type { ImportSource } from './types';
import { t } from '../i18n/translate';

/**
 * Files people drop on the importer that we recognise but cannot import, each
 * with what to do instead. Checked only when no format claimed the file, and
 * before guessing at signature-less formats (an andOTP backup looks like any
 * random bytes, so without this a photo would be asked for a password).
 */
interface KnownUnsupported {
  matches(source: ImportSource): boolean;
  /** In the user's language when read (catalog: errors.import.known…). */
  readonly message: string;
}

const bytesStart = (source: ImportSource, ...signature: number[]) => signature.every((byte, i) => source.bytes[i] === byte);
const nameEnds = (source: ImportSource, pattern: RegExp) => pattern.test(source.fileName.toLowerCase());

const KNOWN_UNSUPPORTED: readonly KnownUnsupported[] = [
  {
    matches: (source) =>
      bytesStart(source, 0x89, 0x50, 0x4e, 0x47) ||
      bytesStart(source, 0xff, 0xd8, 0xff) ||
      startsWithAscii(source.bytes, 'GIF8') ||
      (startsWithAscii(source.bytes, 'RIFF') && startsWithAscii(source.bytes.subarray(8), 'WEBP')),
    get message() {
      return t('errors.import.knownImage');
    },
  },
  {
    matches: (source) => startsWithAscii(source.bytes, 'PK\u0003\u0004') || startsWithAscii(source.bytes, 'PK\u0005\u0006'),
    get message() {
      return t('errors.import.knownZip');
    },
  },
  {
    matches: (source) => startsWithAscii(source.bytes, 'SQLite format 3\u0000') || nameEnds(source, /\.(db|sqlite|sqlite3)$/),
    get message() {
      return t('errors.import.knownDatabase');
    },
  },
  {
    matches: (source) => bytesStart(source, 0x03, 0xd9, 0xa2, 0x9a),
    get message() {
      return t('errors.import.knownKeepass');
    },
  },
  {
    matches: (source) => bytesStart(source, 0xac, 0xed, 0x00, 0x05),
    get message() {
      return t('errors.import.knownFreeotp');
    },
  },
  {
    matches: (source) => isObject(source.json) && field(source.json, 'encryptedData') !== undefined && field(source.json, 'kdfParams') !== undefined,
    get message() {
      return t('errors.import.knownEnte');
    },
  },
  {
    matches: (source) => /^\s*<\?xml[^>]*>\s*<map>/i.test(source.text.slice(0, 256)),
    get message() {
      return t('errors.import.knownAndroidPrefs');
    },
  },
];

export function recognizeUnsupported(source: ImportSource): string | undefined {
  return KNOWN_UNSUPPORTED.find((known) => known.matches(source))?.message;
}
