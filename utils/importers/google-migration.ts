import { parseMigrationUri } from '../otp/migration';
import { entryError, toImportedAccount } from './entries';
import { ImportError } from './errors';
import { MAX_ENTRIES } from './limits';
import { firstLineStartsWith, meaningfulLines } from './lines';
import type { ConvertResult, ImportFormat } from './types';
import { t } from '../i18n/translate';

/**
 * Google Authenticator's "Transfer accounts" export as text: one
 * otpauth-migration:// link per QR code, one or many lines.
 */
export const googleMigration: ImportFormat<string[]> = {
  id: 'google-authenticator',
  label: 'Google Authenticator',
  detect: (source) => firstLineStartsWith(source.text, 'otpauth-migration://'),
  read(source) {
    const lines = meaningfulLines(source.text);
    if (lines.length > MAX_ENTRIES) throw new ImportError('malformed', t('errors.import.tooManyLines'));
    return { encrypted: false, payload: lines };
  },
  convert(lines) {
    const result: ConvertResult = { accounts: [], errors: [] };
    // Entry indexes count accounts across all lines, in file order.
    let offset = 0;
    for (const line of lines) {
      try {
        const { accounts, errors } = parseMigrationUri(line);
        const converted = convertMigrated(accounts, errors, offset);
        result.accounts.push(...converted.accounts);
        result.errors.push(...converted.errors);
        offset += accounts.length + errors.length;
      } catch (error) {
        // A damaged line loses its own accounts, not the other lines'.
        result.errors.push(entryError(offset, error));
        offset += 1;
      }
    }
    return result;
  },
};

function convertMigrated(
  accounts: ReturnType<typeof parseMigrationUri>['accounts'],
  errors: ReturnType<typeof parseMigrationUri>['errors'],
  offset: number,
): ConvertResult {
  const failed = new Set(errors.map((error) => error.index));
  const result: ConvertResult = { accounts: [], errors: errors.map(({ index, message }) => ({ index: offset + index, message })) };
  // parseMigrationUri numbers entries across good and bad ones; rebuild each good one's position.
  let position = 0;
  for (const account of accounts) {
    while (failed.has(position)) position++;
    try {
      result.accounts.push(toImportedAccount(account));
    } catch (error) {
      result.errors.push(entryError(offset + position, error));
    }
    position++;
  }
  result.errors.sort((a, b) => a.index - b.index);
  return result;
}
