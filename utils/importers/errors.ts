import { TwofoldError } from '../errors';

export type ImportErrorCode =
  | 'needs-password'
  | 'wrong-password'
  | 'unsupported-format'
  | 'malformed'
  | 'unsupported-entry'
  | 'too-large';

// Shown to the user as-is: say what happened and what to do next.
const DEFAULT_MESSAGES: Record<ImportErrorCode, string> = {
  'needs-password': 'This backup is encrypted. Enter the password it was exported with.',
  'wrong-password': 'That password does not open this backup. Check it and try again.',
  'unsupported-format': 'Twofold does not recognise this file. Export your accounts again as a plain-text or JSON backup.',
  malformed: 'This backup is damaged or incomplete, so it cannot be imported.',
  'unsupported-entry': 'Twofold cannot use this kind of account.',
  'too-large': 'This file is too large to be a backup of two-factor accounts (the limit is 10 MB).',
};

/**
 * Why a file (or one entry of it) cannot be imported. `code` is for code and
 * tests; `message` is for the user and never contains secrets.
 */
export class ImportError extends TwofoldError<ImportErrorCode> {
  override name = 'ImportError';
  constructor(code: ImportErrorCode, message: string = DEFAULT_MESSAGES[code]) {
    super(code, message);
  }
}
