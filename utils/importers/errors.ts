import { TwofoldError } from '../errors';
import { t } from '../i18n/translate';

export type ImportErrorCode =
  | 'needs-password'
  | 'wrong-password'
  | 'unsupported-format'
  | 'malformed'
  | 'unsupported-entry'
  | 'too-large';

// Shown to the user as-is: say what happened and what to do next (catalog: errors.import).
const DEFAULT_MESSAGES: Record<ImportErrorCode, () => string> = {
  'needs-password': () => t('errors.import.needsPassword'),
  'wrong-password': () => t('errors.import.wrongPassword'),
  'unsupported-format': () => t('errors.import.unsupportedFormat'),
  malformed: () => t('errors.import.malformed'),
  'unsupported-entry': () => t('errors.import.unsupportedEntry'),
  'too-large': () => t('errors.import.tooLarge'),
};

/**
 * Why a file (or one entry of it) cannot be imported. `code` is for code and
 * tests; `message` is for the user and never contains secrets.
 */
export class ImportError extends TwofoldError<ImportErrorCode> {
  override name = 'ImportError';
  constructor(code: ImportErrorCode, message: string = DEFAULT_MESSAGES[code]()) {
    super(code, message);
  }
}
