/** `npm run decrypt-backup`: a backup's accounts as otpauth:// links, without the extension. */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = process.cwd();
const SAMPLE = path.join(ROOT, 'tests/fixtures/backups/twofold-backup-sample.json');

/** Runs the script as `npm run` does, with `stdin` piped in (not a terminal). */
function decrypt(file: string, stdin: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(path.join(ROOT, 'node_modules/.bin/vite-node'), ['utils/cli/decrypt-backup.ts', '--', file], { cwd: ROOT }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin?.end(stdin);
  });
}

describe('decrypt-backup script', () => {
  it('prints every account as an otpauth:// link, with the password from standard input', async () => {
    const { code, stdout } = await decrypt(SAMPLE, 'twofold sample backup\n');
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toEqual([
      'otpauth://totp/Example:alice%40example.com?secret=JBSWY3DPEHPK3PXP&issuer=Example&algorithm=SHA1&digits=6&period=30',
      'otpauth://hotp/Counter%20Corp:bob?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Counter%20Corp&algorithm=SHA1&digits=6&counter=3',
      'otpauth://totp/Steam:gamer?secret=RMPTUXD6TUHSWTDORIOT6W34TYFCYTTP&issuer=Steam&algorithm=SHA1&digits=5&period=30&encoder=steam',
    ]);
  }, 30_000);

  it('says so, prints nothing and fails on a wrong password', async () => {
    const { code, stdout, stderr } = await decrypt(SAMPLE, 'not it\n');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/password does not open this backup/);
  }, 30_000);

  it('refuses a file that is not a Twofold backup', async () => {
    const { code, stderr } = await decrypt(path.join(ROOT, 'package.json'), '');
    expect(code).toBe(1);
    expect(stderr).toMatch(/not a Twofold backup/);
  }, 30_000);
});
