// Prints one closing line over the unit and end-to-end runs ("N passed, N failed"),
// read from the JSON reports vitest writes next to its normal output.
import { readFileSync, existsSync } from 'node:fs';

const reports = ['tests/.artifacts/unit-report.json', 'tests/.artifacts/e2e-report.json'];
let passed = 0;
let failed = 0;
for (const file of reports) {
  if (!existsSync(file)) {
    console.error(`missing test report: ${file}`);
    process.exit(1);
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests + report.numPendingTests + report.numTodoTests;
}
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
