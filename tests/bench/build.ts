/** Builds the extension for Chromium into $TWOFOLD_OUT_DIR (the folder the harness loads), WXT's output to stderr. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ROOT } from '../e2e/harness/paths';

export function buildExtension(): Promise<void> {
  return new Promise((resolve, reject) => {
    const wxt = spawn(path.join(ROOT, 'node_modules/.bin/wxt'), ['build'], { cwd: ROOT, stdio: ['ignore', 2, 2] });
    wxt.on('error', reject);
    wxt.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`wxt build exited with ${code}`))));
  });
}
