/**
 * The last step of `npm run zip`: opens the three archives WXT made (Chrome,
 * Firefox, Firefox's sources) and checks their contents against
 * archive-rules.ts. Exits 1 with every problem listed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { OUT_DIR, ROOT } from '../e2e/harness/paths';
import { archiveProblems, type ArchiveKind } from './archive-rules';
import { zipEntries } from './zip-entries';

const { name, version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
const KINDS: ArchiveKind[] = ['chrome', 'firefox', 'sources'];

function main(): number {
  const problems: string[] = [];
  for (const kind of KINDS) {
    // WXT's default names: {{name}}-{{version}}-{{browser}}.zip and {{name}}-{{version}}-sources.zip.
    const file = path.join(OUT_DIR, `${name}-${version}-${kind}.zip`);
    let names: string[];
    try {
      names = zipEntries(readFileSync(file));
    } catch (error) {
      problems.push(`${kind}: cannot read ${path.relative(ROOT, file)}: ${String(error)}`);
      continue;
    }
    const found = archiveProblems(kind, names);
    problems.push(...found);
    console.log(`${found.length === 0 ? 'ok     ' : 'PROBLEM'} ${path.relative(ROOT, file)}: ${names.filter((entry) => !entry.endsWith('/')).length} files`);
  }
  for (const problem of problems) console.error(problem);
  return problems.length === 0 ? 0 : 1;
}

process.exitCode = main();
