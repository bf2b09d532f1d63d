import { decryptBitwardenExport } from './bitwarden-crypto';
import { convertEntries, describeEntry } from './entries';
import { ImportError } from './errors';
import { booleanField, field, isObject, objectField, requireEntries, requireObject, stringField } from './json';
import type { JsonObject } from './json';
import { accountFromTotpField } from './totp-field';
import type { ImportFormat, ImportedAccount } from './types';
import { t } from '../i18n/translate';

/**
 * Bitwarden JSON export (password manager and Bitwarden Authenticator), plain
 * or password-protected. Only login items with a TOTP become accounts.
 */
const WHAT = 'Bitwarden';

export const bitwarden: ImportFormat<unknown> = {
  id: 'bitwarden',
  label: 'Bitwarden',
  detect(source) {
    const file = source.json;
    return isObject(file) && typeof field(file, 'encrypted') === 'boolean' && (Array.isArray(field(file, 'items')) || typeof field(file, 'data') === 'string');
  },
  read(source) {
    const file = requireObject(source.json, WHAT);
    if (booleanField(file, 'encrypted') !== true) return { encrypted: false, payload: file };
    if (booleanField(file, 'passwordProtected') !== true) {
      throw new ImportError('unsupported-format', t('errors.import.bitwardenAccountLocked'));
    }
    return { encrypted: true, decrypt: (password) => decryptBitwardenExport(file, password) };
  },
  convert(vault) {
    const items = requireEntries(field(requireObject(vault, WHAT), 'items'), WHAT);
    const withTotp = items.filter(isObject).filter((item) => totpOf(item) !== undefined);
    return convertEntries(withTotp, convertItem, (item) => describeEntry(field(item, 'name'), usernameOf(item)));
  },
};

const loginOf = (item: JsonObject) => objectField(item, 'login') ?? {};
const usernameOf = (item: JsonObject) => field(loginOf(item), 'username');
const totpOf = (item: JsonObject) => stringField(loginOf(item), 'totp')?.trim() || undefined;

function convertItem(item: JsonObject): ImportedAccount {
  return accountFromTotpField(totpOf(item) ?? '', { name: field(item, 'name'), username: usernameOf(item) });
}
