import { TwofoldError } from '../errors';

/**
 * Every way the vault can refuse, each with a message written for the user.
 * The codes are what code and tests match on: "wrong password" and "damaged
 * data" must never collapse into one failure.
 */
export type VaultErrorCode =
  | 'wrong-password'
  | 'vault-damaged'
  | 'file-damaged'
  | 'unsupported-version'
  | 'locked'
  | 'not-initialized'
  | 'already-initialized'
  | 'weak-kdf'
  | 'not-found'
  | 'conflict';

const MESSAGES: Record<VaultErrorCode, string> = {
  'wrong-password': 'Wrong password.',
  'vault-damaged':
    'Your Twofold data is damaged and cannot be read. Nothing was changed. Restore your accounts from an export.',
  'file-damaged': 'This backup file is damaged or incomplete, so it cannot be read. Nothing was changed.',
  'unsupported-version':
    'This data was made by a newer version of Twofold. Update the extension to open it; nothing was changed.',
  locked: 'Twofold is locked. Unlock it with your password.',
  'not-initialized': 'Twofold has no vault yet. Choose a password to create one.',
  'already-initialized': 'Twofold already has a vault, so a new one was not created.',
  'weak-kdf': 'These password-protection settings are too weak. Twofold refuses to use them.',
  'not-found': 'That item no longer exists.',
  conflict: 'Twofold was saving another change at the same moment. Please try again.',
};

export class VaultError extends TwofoldError<VaultErrorCode> {
  override name = 'VaultError';
  constructor(code: VaultErrorCode) {
    super(code, MESSAGES[code]);
  }
}
