import { startsWithAscii } from './encoding';
import { field, isObject } from './json';
import type { ImportSource } from './types';

/**
 * Files people drop on the importer that we recognise but cannot import, each
 * with what to do instead. Checked only when no format claimed the file, and
 * before guessing at signature-less formats (an andOTP backup looks like any
 * random bytes, so without this a photo would be asked for a password).
 */
interface KnownUnsupported {
  matches(source: ImportSource): boolean;
  message: string;
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
    message: 'This is an image. To import accounts from a QR code, scan the QR code instead.',
  },
  {
    matches: (source) => startsWithAscii(source.bytes, 'PK\u0003\u0004') || startsWithAscii(source.bytes, 'PK\u0005\u0006'),
    message: 'This is a ZIP archive, which Twofold cannot open yet. Unpack it and import the file inside.',
  },
  {
    matches: (source) => startsWithAscii(source.bytes, 'SQLite format 3\u0000') || nameEnds(source, /\.(db|sqlite|sqlite3)$/),
    message: "This is an app's internal database, not an export. Export your accounts from the app and import that file.",
  },
  {
    matches: (source) => bytesStart(source, 0x03, 0xd9, 0xa2, 0x9a),
    message: 'KeePass databases cannot be imported yet. Export the two-factor entries from KeePass as otpauth:// links instead.',
  },
  {
    matches: (source) => bytesStart(source, 0xac, 0xed, 0x00, 0x05),
    message: 'FreeOTP backups cannot be imported yet. In FreeOTP, share each account as a QR code and scan it instead.',
  },
  {
    matches: (source) => isObject(source.json) && field(source.json, 'encryptedData') !== undefined && field(source.json, 'kdfParams') !== undefined,
    message: 'Encrypted Ente Auth exports cannot be imported yet. In Ente Auth, export as plain text and import that file.',
  },
  {
    matches: (source) => /^\s*<\?xml[^>]*>\s*<map>/i.test(source.text.slice(0, 256)),
    message: "This is an Android app's internal settings file, not an export. Export your accounts from the app and import that file.",
  },
];

export function recognizeUnsupported(source: ImportSource): string | undefined {
  return KNOWN_UNSUPPORTED.find((known) => known.matches(source))?.message;
}
