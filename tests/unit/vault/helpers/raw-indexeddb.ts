/**
 * Writes a database dump (tests/fixtures/vault/*.json) into fake-indexeddb
 * with the raw IndexedDB API, so an old schema is recreated exactly as it was
 * on disk, without going through today's Dexie declarations.
 */
import { indexedDB } from 'fake-indexeddb';

export interface DatabaseDump {
  /** IndexedDB's own version number (Dexie stores its version × 10). */
  version: number;
  stores: { name: string; keyPath: string; indexes: { name: string; keyPath: string }[]; rows: unknown[] }[];
}

export function restoreDump(name: string, dump: DatabaseDump): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, dump.version);
    request.onupgradeneeded = () => {
      const db = request.result;
      for (const store of dump.stores) {
        const objectStore = db.createObjectStore(store.name, { keyPath: store.keyPath });
        for (const index of store.indexes) objectStore.createIndex(index.name, index.keyPath);
        for (const row of store.rows) objectStore.put(row);
      }
    };
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error);
  });
}
