/**
 * `npm run lint:firefox`: Mozilla's add-on linter over the Firefox build (the
 * checks addons.mozilla.org runs on upload), through web-ext. Prints every
 * finding; exits 1 on any error and on any warning firefox-lint-rules.ts does
 * not accept with its reason. Build first: `npm run build:firefox`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { OUT_DIR, ROOT } from '../e2e/harness/paths';
import { acceptedBecause, describeFinding, type LintFinding } from './firefox-lint-rules';

const SOURCE_DIR = path.join(OUT_DIR, 'firefox-mv3');

interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintFinding[];
  warnings: LintFinding[];
  notices: LintFinding[];
}

function runLinter(): LintReport {
  const webExt = path.join(ROOT, 'node_modules/.bin/web-ext');
  const run = spawnSync(webExt, ['lint', '--source-dir', SOURCE_DIR, '--output', 'json', '--no-config-discovery'], {
    encoding: 'utf8',
    // web-ext would otherwise ask the npm registry for a newer version of itself.
    env: { ...process.env, NO_UPDATE_NOTIFIER: '1' },
  });
  try {
    return JSON.parse(run.stdout) as LintReport;
  } catch {
    throw new Error(`web-ext lint gave no report (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  }
}

function main(): number {
  if (!existsSync(path.join(SOURCE_DIR, 'manifest.json'))) {
    console.error(`No Firefox build in ${SOURCE_DIR}. Run \`npm run build:firefox\` first.`);
    return 1;
  }
  const report = runLinter();
  const readBuilt = (file: string) => {
    const full = path.join(SOURCE_DIR, file);
    return existsSync(full) ? readFileSync(full, 'utf8') : undefined;
  };
  let refused = 0;
  for (const finding of [...report.errors, ...report.warnings, ...report.notices]) {
    const reason = acceptedBecause(finding, readBuilt);
    if (!reason) refused += 1;
    console.log(`${reason ? 'accepted' : 'REFUSED '} ${describeFinding(finding)}${reason ? `\n         why: ${reason}` : ''}`);
  }
  const { errors, warnings, notices } = report.summary;
  console.log(`web-ext lint ${path.relative(ROOT, SOURCE_DIR)}: ${errors} errors, ${warnings} warnings, ${notices} notices; ${refused} refused.`);
  return refused === 0 ? 0 : 1;
}

process.exitCode = main();
