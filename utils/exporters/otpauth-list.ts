import type { OtpAccount } from '../otp/account';
import { toOtpauthUri } from '../otp/uri';

/** One otpauth:// link per line: the plain-text form nearly every authenticator imports. */
export function toOtpauthList(accounts: OtpAccount[]): string {
  return accounts.map((account) => `${toOtpauthUri(account)}\n`).join('');
}
