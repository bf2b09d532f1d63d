/**
 * A set of single-use recovery codes that a site handed out, kept for one
 * account. Stored encrypted (a `backupCodeSets` record); views that leave the
 * worker carry counts, never codes.
 */
export interface BackupCode {
  /** As the site showed it (dashes and spaces kept). */
  code: string;
  /** Epoch ms when Twofold handed it out, or null while unused. */
  usedAt: number | null;
}

export type BackupCodeSource =
  | { kind: 'paste' }
  | { kind: 'file'; fileName: string }
  | { kind: 'page'; origin: string };

export interface BackupCodeSet {
  id: string;
  accountId: string;
  savedAt: number;
  source: BackupCodeSource;
  codes: BackupCode[];
  /**
   * The code handed out last, until the user says it did not work (then it is
   * unused again, once) or another is handed out. Absent in sets saved before it existed.
   */
  lastHandedOut?: string;
}

export interface BackupCodeSummary {
  setId: string;
  accountId: string;
  savedAt: number;
  source: BackupCodeSource;
  total: number;
  remaining: number;
  /** Few codes left: time to regenerate them on the site. */
  runningLow: boolean;
  /** When the code handed out last was handed out, while it can still be marked unused. */
  lastHandedOutAt: number | null;
}

/** At this many unused codes or fewer, the popup warns and suggests regenerating. */
export const LOW_BACKUP_CODES = 3;

export function summarize(set: BackupCodeSet): BackupCodeSummary {
  const remaining = set.codes.filter((code) => code.usedAt === null).length;
  return {
    setId: set.id,
    accountId: set.accountId,
    savedAt: set.savedAt,
    source: set.source,
    total: set.codes.length,
    remaining,
    runningLow: remaining <= LOW_BACKUP_CODES,
    lastHandedOutAt: set.codes.find(({ code }) => code === set.lastHandedOut)?.usedAt ?? null,
  };
}

/**
 * Marks the next unused code as used and returns it with the updated set, or
 * null when none is left. Pure: the caller writes the set back atomically.
 */
export function takeNextUnusedCode(set: BackupCodeSet, now: number): { code: string; set: BackupCodeSet } | null {
  const index = set.codes.findIndex((code) => code.usedAt === null);
  if (index < 0) return null;
  const codes = set.codes.map((code, i) => (i === index ? { ...code, usedAt: now } : code));
  const code = set.codes[index]!.code;
  return { code, set: { ...set, codes, lastHandedOut: code } };
}

/**
 * For a code the site did not accept: the one handed out last goes back to the
 * unused ones, once (null when there is none to put back). The popup never
 * learns the code it filled, so it names the set, not the code.
 */
export function markLastHandedOutUnused(set: BackupCodeSet): BackupCodeSet | null {
  const { lastHandedOut, ...rest } = set;
  if (!set.codes.some(({ code, usedAt }) => code === lastHandedOut && usedAt !== null)) return null;
  return { ...rest, codes: set.codes.map((entry) => (entry.code === lastHandedOut ? { ...entry, usedAt: null } : entry)) };
}
