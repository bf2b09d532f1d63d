/**
 * Caps on what a (possibly hostile) import file may make us do. Real exports
 * are a few kilobytes; these leave room for a decade of accounts with icons.
 */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
export const MAX_ENTRIES = 20_000;
export const MAX_NAME_LENGTH = 256;
export const MAX_NOTE_LENGTH = 4_096;
/** Longer than any real key (1,024 base32 characters = 640 bytes); never truncated, rejected. */
export const MAX_SECRET_LENGTH = 1_024;
export const MAX_ICON_BYTES = 256 * 1024;
