// Prints one closing line over every vitest run of `npm test` ("tests: N passed, N failed, N skipped"),
// read from the JSON reports the runs wrote. Exits non-zero if any test failed or a report is missing.
import fs from 'node:fs';

const files = ['build/artifacts/test-results-unit.json', 'build/artifacts/test-results-e2e.json'];
let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of files) {
  if (!fs.existsSync(file)) {
    console.error(`missing test report: ${file}`);
    process.exit(1);
  }
  const r = JSON.parse(fs.readFileSync(file, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += r.numPendingTests + (r.numTodoTests ?? 0);
}
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
