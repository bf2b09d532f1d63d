import { TwofoldError } from '../errors';
import { t } from '../i18n/translate';

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

// Catalog: errors.vault.
const MESSAGES: Record<VaultErrorCode, () => string> = {
  'wrong-password': () => t('errors.vault.wrongPassword'),
  'vault-damaged': () => t('errors.vault.vaultDamaged'),
  'file-damaged': () => t('errors.vault.fileDamaged'),
  'unsupported-version': () => t('errors.vault.unsupportedVersion'),
  locked: () => t('errors.vault.locked'),
  'not-initialized': () => t('errors.vault.notInitialized'),
  'already-initialized': () => t('errors.vault.alreadyInitialized'),
  'weak-kdf': () => t('errors.vault.weakKdf'),
  'not-found': () => t('errors.vault.notFound'),
  conflict: () => t('errors.vault.conflict'),
};

export class VaultError extends TwofoldError<VaultErrorCode> {
  override name = 'VaultError';
  constructor(code: VaultErrorCode) {
    super(code, MESSAGES[code]());
  }
}
