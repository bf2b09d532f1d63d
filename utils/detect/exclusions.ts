/**
 * Look-alikes of a code field (card security codes, postal codes, promo codes,
 * captchas, search, password/email/username/phone fields), recognized from the
 * field's own attributes and labels only: the text around a real OTP field often
 * mentions phones and e-mail ("we sent a code to your phone").
 */
import type { FieldIdentity } from './describe';
import { EXCLUSIONS, KEYWORD_TESTS } from './patterns';

/** The kind of non-code field this is ("payment", "phone", …), or null if none. */
export function exclusionOf({ own, label }: FieldIdentity): string | null {
  const identity = `${own} ${label}`;
  const namesACode = KEYWORD_TESTS.otpPhrase(identity) || KEYWORD_TESTS.backupPhrase(identity);
  const match = EXCLUSIONS.find(({ hard, matches }) => (hard || !namesACode) && matches(identity));
  return match?.category ?? null;
}
