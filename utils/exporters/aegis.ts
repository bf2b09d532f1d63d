/**
 * An unencrypted Aegis vault file (envelope version 1, database version 3),
 * the shape Aegis itself writes: `{ version, header: { slots: null, params: null }, db }`.
 */
import type { StoredAccount } from '../accounts/model';

const AEGIS_VERSION = 1;
const AEGIS_DB_VERSION = 3;
const PNG_DATA_URL_PREFIX = 'data:image/png;base64,';

interface AegisEntry {
  type: StoredAccount['type'];
  uuid: string;
  name: string;
  issuer: string;
  note: string;
  favorite: boolean;
  icon: string | null;
  icon_mime: string | null;
  info: { secret: string; algo: string; digits: number; period?: number; counter?: number };
  groups: string[];
}

export function toAegisVault(accounts: StoredAccount[]): string {
  const vault = {
    version: AEGIS_VERSION,
    header: { slots: null, params: null },
    // Our icons are already small PNGs: Aegis need not shrink them again.
    db: { version: AEGIS_DB_VERSION, entries: accounts.map(toEntry), groups: [], icons_optimized: true },
  };
  return `${JSON.stringify(vault, null, 4)}\n`;
}

function toEntry(account: StoredAccount): AegisEntry {
  const icon = account.icon.kind === 'image' ? account.icon.dataUrl.slice(PNG_DATA_URL_PREFIX.length) : null;
  return {
    type: account.type,
    // Aegis wants a UUID per entry; ours are UUIDs too.
    uuid: account.id,
    name: account.label,
    issuer: account.issuer,
    note: account.note,
    favorite: account.pinned,
    icon,
    icon_mime: icon === null ? null : 'image/png',
    info: {
      secret: account.secret,
      algo: account.algorithm,
      digits: account.digits,
      ...(account.type === 'hotp' ? { counter: account.counter } : { period: account.period }),
    },
    groups: [],
  };
}
