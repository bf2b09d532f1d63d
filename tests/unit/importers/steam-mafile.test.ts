import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseImport } from '../../../utils/importers';

// Synthetic: see synthetic/README.md (no real maFile is in the shared fixtures).
const MAFILE = readFileSync(path.join(import.meta.dirname, 'synthetic/steam-desktop-authenticator.maFile'));

describe('Steam Guard maFile', () => {
  it('imports the shared secret as a Steam account named after the Steam login', async () => {
    const result = await parseImport({ fileName: '76561197960287930.maFile', data: new Uint8Array(MAFILE) });
    expect(result).toMatchObject({ format: 'steam-mafile', errors: [] });
    expect(result.accounts).toEqual([
      expect.objectContaining({ type: 'steam', issuer: 'Steam', label: 'gaben_fan', secret: 'RMPTUXD6TUHSWTDORIOT6W34TYFCYTTP', digits: 5, period: 30 }),
    ]);
  });

  it('reports a damaged shared secret as an entry error', async () => {
    const damaged = JSON.stringify({ shared_secret: '!!not base64!!', account_name: 'gaben_fan' });
    const result = await parseImport({ data: damaged });
    expect(result.accounts).toEqual([]);
    expect(result.errors).toEqual([{ index: 0, name: 'Steam (gaben_fan)', message: expect.stringContaining('damaged') }]);
  });
});
