/** What the figures were measured on: they mean little without the core count and how busy the cores were. */
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { CHROMIUM_PATH } from '../e2e/harness/paths';
import type { Machine } from './report';

export function loadAverage(): number {
  return Math.round(os.loadavg()[0]! * 100) / 100;
}

export function describeMachine(loadAtStart: number): Machine {
  // Debian's wrapper script prints a harmless "[: … unexpected operator" on stderr (toolchain gotcha 6).
  const chromium = execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    node: process.version,
    chromium,
    loadAverage: { start: loadAtStart, end: loadAverage() },
  };
}
