import { aegis } from './aegis';
import { andOtp } from './andotp';
import { authenticatorExtension } from './authenticator-extension';
import { authman } from './authman';
import { bitwarden } from './bitwarden';
import { bitwardenCsv } from './bitwarden-csv';
import { ImportError } from './errors';
import { freeOtpPlus } from './freeotp-plus';
import { googleMigration } from './google-migration';
import { recognizeUnsupported } from './known-unsupported';
import { lastPass } from './lastpass';
import { otpauthList } from './otpauth-list';
import { protonAuthenticator } from './proton-authenticator';
import { steamMaFile } from './steam-mafile';
import { stratum } from './stratum';
import { stratumHtml } from './stratum-html';
import { twoFas } from './two-fas';
import { twofold } from './twofold';
import { createSource } from './source';
import type { Detection, ImportFormat, ImportInput, ImportOptions, ImportResult, ImportSource } from './types';
import { t } from '../i18n/translate';

export { ImportError } from './errors';
export type { ImportErrorCode } from './errors';
export { MAX_IMPORT_BYTES } from './limits';
export type { EntryError, ImportedAccount, ImportInput, ImportOptions, ImportResult } from './types';

/**
 * Every format Twofold imports, in detection order: the first sure detection
 * wins, so the most specific signatures come first and the loosest (an object
 * of entries, a CSV header, binary with no magic) last. Twofold's own backup
 * (plain and encrypted) goes first: its `format` field is the surest signature.
 */
export const IMPORT_FORMATS: readonly ImportFormat[] = [
  twofold,
  aegis,
  bitwarden,
  twoFas,
  protonAuthenticator,
  lastPass,
  authman,
  freeOtpPlus,
  steamMaFile,
  stratum,
  andOtp,
  authenticatorExtension,
  stratumHtml,
  googleMigration,
  otpauthList,
  bitwardenCsv,
];

/**
 * Reads an export file of any supported app. Throws ImportError for a file
 * that cannot be imported ('needs-password' means: ask for one and call
 * again); bad entries of a good file come back in `errors`.
 */
export async function parseImport(input: ImportInput, options: ImportOptions = {}): Promise<ImportResult> {
  const source = createSource(input);
  let failure: ImportError | undefined;
  for (const format of detectCandidates(source)) {
    try {
      return { format: format.id, ...(await importAs(format, source, options.password)) };
    } catch (error) {
      failure = pickFailure(failure, toImportError(error));
    }
  }
  throw failure ?? new ImportError('unsupported-format');
}

/**
 * A sure match alone; else a file we know we cannot import is refused with
 * its own advice; else every format that might be it, in registry order.
 */
function detectCandidates(source: ImportSource): readonly ImportFormat[] {
  const maybe: ImportFormat[] = [];
  for (const format of IMPORT_FORMATS) {
    const detection = safeDetect(format, source);
    if (detection === true) return [format];
    if (detection === 'maybe') maybe.push(format);
  }
  const advice = recognizeUnsupported(source);
  if (advice !== undefined) throw new ImportError('unsupported-format', advice);
  return maybe;
}

function safeDetect(format: ImportFormat, source: ImportSource): Detection {
  try {
    return format.detect(source);
  } catch {
    return false;
  }
}

async function importAs(format: ImportFormat, source: ImportSource, password: string | undefined) {
  const opened = format.read(source);
  if (!opened.encrypted) return format.convert(opened.payload);
  if (password === undefined || password === '') {
    throw new ImportError('needs-password', t('errors.import.needsPasswordApp', { app: format.label }));
  }
  return format.convert(await opened.decrypt(password));
}

// When several 'maybe' formats fail, report the one that tells the user most.
const FAILURE_PRIORITY = ['wrong-password', 'needs-password', 'too-large', 'malformed', 'unsupported-entry', 'unsupported-format'];

function pickFailure(current: ImportError | undefined, next: ImportError): ImportError {
  if (!current) return next;
  return FAILURE_PRIORITY.indexOf(next.code) < FAILURE_PRIORITY.indexOf(current.code) ? next : current;
}

function toImportError(error: unknown): ImportError {
  if (error instanceof ImportError) return error;
  // Anything else is a file we misread (or a bug): never let internals reach the user.
  return new ImportError('malformed');
}
