/**
 * Key-derivation parameters: the targets and floor from docs/security.md, and
 * the checks on parameters read back from storage or from a file. Parameters
 * are stored with the data they protect so they can be raised later.
 */
import { base64ToBytes, bytesToBase64 } from './bytes';
import { randomBytes } from './crypto';
import { VaultError } from './errors';

export interface Argon2idCost {
  algorithm: 'argon2id';
  memoryKiB: number;
  iterations: number;
  parallelism: number;
}

/** The fallback where WebAssembly cannot run. */
export interface Pbkdf2Cost {
  algorithm: 'pbkdf2-sha256';
  iterations: number;
}

export type KdfCost = Argon2idCost | Pbkdf2Cost;

/** A cost plus its salt (standard base64), as stored in a slot or a file header. */
export type KdfParams = KdfCost & { salt: string };

export const ARGON2ID_TARGET: Argon2idCost = { algorithm: 'argon2id', memoryKiB: 64 * 1024, iterations: 3, parallelism: 4 };
export const ARGON2ID_FLOOR: Argon2idCost = { algorithm: 'argon2id', memoryKiB: 19 * 1024, iterations: 2, parallelism: 1 };
export const PBKDF2_TARGET: Pbkdf2Cost = { algorithm: 'pbkdf2-sha256', iterations: 600_000 };
const SALT_BYTES = 32;

/**
 * Upper bounds for parameters read from outside. A hostile file could otherwise
 * ask for gigabytes of memory or minutes of hashing before any check can fail.
 */
const ARGON2ID_CEILING = { memoryKiB: 256 * 1024, iterations: 64, parallelism: 16 };
const PBKDF2_MAX_ITERATIONS = 10_000_000;
const SALT_LENGTHS = { min: 16, max: 64 };

export function withFreshSalt(cost: KdfCost): KdfParams {
  return { ...cost, salt: bytesToBase64(randomBytes(SALT_BYTES)) };
}

/** Refuses, with 'weak-kdf', to protect anything new with less than the floor. */
export function assertAtFloor(cost: KdfCost): void {
  const weak =
    cost.algorithm === 'argon2id'
      ? cost.memoryKiB < ARGON2ID_FLOOR.memoryKiB ||
        cost.iterations < ARGON2ID_FLOOR.iterations ||
        cost.parallelism < ARGON2ID_FLOOR.parallelism
      : cost.iterations < PBKDF2_TARGET.iterations;
  if (weak) throw new VaultError('weak-kdf');
}

/**
 * Whether a slot should be re-wrapped with `target` on unlock: any cost below
 * it, or PBKDF2 once Argon2id is the target. An Argon2id slot is never
 * "upgraded" to a PBKDF2 target (that would be a downgrade).
 */
export function kdfBelowTarget(params: KdfCost, target: KdfCost): boolean {
  if (params.algorithm === 'argon2id') {
    if (target.algorithm !== 'argon2id') return false;
    return (
      params.memoryKiB < target.memoryKiB ||
      params.iterations < target.iterations ||
      params.parallelism < target.parallelism
    );
  }
  if (target.algorithm === 'argon2id') return true;
  return params.iterations < target.iterations;
}

/** Validates parameters read from storage or a file; `undefined` when malformed or out of bounds. */
export function parseKdfParams(value: unknown): KdfParams | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  const salt = base64ToBytes(record.salt);
  if (!salt || salt.length < SALT_LENGTHS.min || salt.length > SALT_LENGTHS.max) return undefined;
  const saltText = record.salt as string;
  if (record.algorithm === 'argon2id') {
    const { memoryKiB, iterations, parallelism } = record;
    if (!isIntegerIn(parallelism, 1, ARGON2ID_CEILING.parallelism)) return undefined;
    // Argon2 needs at least 8 KiB of memory per lane.
    if (!isIntegerIn(memoryKiB, 8 * parallelism, ARGON2ID_CEILING.memoryKiB)) return undefined;
    if (!isIntegerIn(iterations, 1, ARGON2ID_CEILING.iterations)) return undefined;
    return { algorithm: 'argon2id', memoryKiB, iterations, parallelism, salt: saltText };
  }
  if (record.algorithm === 'pbkdf2-sha256') {
    const { iterations } = record;
    if (!isIntegerIn(iterations, 1, PBKDF2_MAX_ITERATIONS)) return undefined;
    return { algorithm: 'pbkdf2-sha256', iterations, salt: saltText };
  }
  return undefined;
}

function isIntegerIn(value: unknown, min: number, max: number): value is number {
  return Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max;
}
