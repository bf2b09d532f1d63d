/**
 * JSON with object keys sorted at every level and no whitespace, so the same
 * value always gives the same bytes. Used where a structure is authenticated
 * (additional data, checksums): a stored object that round-trips through
 * IndexedDB or a file may come back with its keys in another order.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([key, inner]) => [key, sortKeys(inner)]));
}
