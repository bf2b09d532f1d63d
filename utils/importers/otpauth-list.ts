import { convertEntries } from './entries';
import { ImportError } from './errors';
import { MAX_ENTRIES } from './limits';
import { firstLineStartsWith, meaningfulLines } from './lines';
import { accountFromOtpauthUri, describeUri } from './otpauth-entry';
import type { ImportFormat } from './types';
import { t } from '../i18n/translate';

/**
 * Text with one otpauth:// link per line: the plain-text export of Aegis,
 * Ente Auth, WinAuth and hand-kept lists.
 */
export const otpauthList: ImportFormat<string[]> = {
  id: 'otpauth-list',
  label: 'List of otpauth:// links',
  detect: (source) => firstLineStartsWith(source.text, 'otpauth://'),
  read(source) {
    const lines = meaningfulLines(source.text);
    if (lines.length > MAX_ENTRIES) throw new ImportError('malformed', t('errors.import.tooManyInList'));
    return { encrypted: false, payload: lines };
  },
  convert: (lines) => convertEntries(lines, accountFromOtpauthUri, describeUri),
};
