import { toImportedAccount, withNote } from './entries';
import { accountFromOtpauthUri } from './otpauth-entry';
import type { ImportedAccount } from './types';

/**
 * The TOTP field of a password manager item (Bitwarden, Proton): an otpauth://
 * link, `steam://<secret>`, or the bare secret. The link names the account
 * itself; otherwise the item does: the item name is the issuer and the
 * username the account, except for Steam, where the issuer is Steam.
 */
export function accountFromTotpField(value: string, item: { name: unknown; username: unknown; note?: unknown }): ImportedAccount {
  const text = value.trim();
  const steamSecret = /^steam:\/\/(.*)$/i.exec(text)?.[1];
  let account: ImportedAccount;
  if (/^otpauth:/i.test(text)) account = accountFromOtpauthUri(text);
  else if (steamSecret !== undefined) account = toImportedAccount({ type: 'steam', issuer: 'Steam', label: item.name, secret: steamSecret });
  else account = toImportedAccount({ type: 'totp', issuer: item.name, label: item.username, secret: text });
  return withNote(account, item.note);
}
