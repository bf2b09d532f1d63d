/**
 * The performance budgets of issue 9, as data: figure id → the most it may be.
 * A figure with no entry here is reported for information only. For scale: the
 * most-used open-source authenticator extension takes about 480 ms from popup
 * open to all codes shown with 100 accounts, and about 1,900 ms with 1,000.
 */
import type { Unit } from './figure';

export interface Budget {
  max: number;
  unit: Unit;
}

export const BUDGETS: Readonly<Record<string, Budget>> = {
  'popup.first-codes.100': { max: 50, unit: 'ms' },
  'popup.first-codes.100.cold-worker': { max: 50, unit: 'ms' },
  'popup.first-codes.1000': { max: 100, unit: 'ms' },
  'popup.first-codes.1000.cold-worker': { max: 100, unit: 'ms' },

  // The budget is for the content script; detectFields is what it will run on every page.
  'content-script.load.no-field': { max: 0.5, unit: 'ms' },
  'content-script.load.large': { max: 3, unit: 'ms' },
  'detect-fields.no-field': { max: 0.5, unit: 'ms' },
  'detect-fields.large': { max: 3, unit: 'ms' },
  'content-script.size.gzip': { max: 10, unit: 'KB' },

  'qr.capture-decode.3840x2160': { max: 150, unit: 'ms' },
  'unlock.default-kdf': { max: 600, unit: 'ms' },

  // "Import or export of 10,000 accounts ≤ 2 s each": every file format, in Node and in the worker.
  'import.otpauth-list.10000': { max: 2000, unit: 'ms' },
  'import.twofold-plain.10000': { max: 2000, unit: 'ms' },
  'import.twofold-encrypted.10000': { max: 2000, unit: 'ms' },
  'import.worker.10000': { max: 2000, unit: 'ms' },
  'export.otpauth-list.10000': { max: 2000, unit: 'ms' },
  'export.twofold-plain.10000': { max: 2000, unit: 'ms' },
  'export.twofold-encrypted.10000': { max: 2000, unit: 'ms' },
  'export.worker.otpauth-list.10000': { max: 2000, unit: 'ms' },
  'export.worker.twofold-plain.10000': { max: 2000, unit: 'ms' },
  'export.worker.twofold-encrypted.10000': { max: 2000, unit: 'ms' },
};
