/**
 * Unlock in the real worker with the default key derivation (Argon2id at
 * ARGON2ID_TARGET): `vault.unlock` timed from an extension page, round trip
 * included, after a `vault.lock`.
 */
import { ARGON2ID_TARGET } from '../../../utils/vault/kdf-params';
import type { BenchBrowser } from '../browser/bench-browser';
import { sendTimed } from '../browser/send';
import { BENCH_PASSWORD } from '../browser/vault';
import { medianFigure, type Figure } from '../figure';

const RUNS = 5;

export async function measureUnlock({ admin }: BenchBrowser): Promise<Figure[]> {
  const runs: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    await sendTimed(admin, 'vault.lock');
    runs.push((await sendTimed(admin, 'vault.unlock', { password: BENCH_PASSWORD })).ms);
  }
  const { memoryKiB, iterations, parallelism } = ARGON2ID_TARGET;
  const note = `Argon2id ${memoryKiB / 1024} MiB, t=${iterations}, p=${parallelism}`;
  return [medianFigure('unlock.default-kdf', 'Unlock, default key derivation (worker)', 'ms', runs, note)];
}
