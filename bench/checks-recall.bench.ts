// Accuracy of the checks on the fixture set: recall on injected mistakes and error-level findings
// on the clean reports (target: recall ≥ 95%, zero false errors), plus errors on the published
// examples after restoring their full-width punctuation.
import fs from 'node:fs';
import path from 'node:path';
import { EMPTY_USER_LISTS } from '../shared/checks/data-schema';
import { loadCheckData } from '../electron/services/checks/checks-data';
import { runChecks } from '../shared/checks/engine';
import { applyInjection, type Injection } from '../shared/checks/injection';
import { documentFromLines, inferKind, inferYear, splitLines } from '../shared/checks/plain-text';
import type { Finding } from '../shared/checks/types';

const root = path.resolve(__dirname, '..'); // run-bench.mjs defines __dirname as bench/
const fixtures = path.join(root, 'test/fixtures/checks');
const data = loadCheckData(path.join(root, 'templates'));

function check(lines: string[]): Finding[] {
  const doc = documentFromLines(lines);
  return runChecks(doc, {
    year: inferYear(doc.title, doc.date),
    kind: inferKind(doc.title, data),
    parts: null,
    data,
    user: EMPTY_USER_LISTS,
  });
}

let injected = 0;
let found = 0;
for (const specFile of fs.readdirSync(fixtures).filter((f) => f.startsWith('injected-') && f.endsWith('.json'))) {
  const spec = JSON.parse(fs.readFileSync(path.join(fixtures, specFile), 'utf8')) as { base: string; injections: Injection[] };
  const lines = splitLines(fs.readFileSync(path.join(fixtures, spec.base), 'utf8'));
  const falseErrors = check(lines).filter((f) => f.severity === 'error');
  console.log(`${spec.base}: clean version → ${falseErrors.length} error-level findings`);
  for (const inj of spec.injections) {
    injected += 1;
    const hit = check(applyInjection(lines, inj)).some((f) => f.rule === inj.rule && f.paragraph + 1 === (inj.at ?? inj.line));
    if (hit) found += 1;
    else console.log(`  missed: ${inj.rule} at line ${inj.line} (${inj.replace})`);
  }
}
console.log(`recall: ${found}/${injected} = ${((100 * found) / injected).toFixed(1)}% (target ≥ 95%)`);

const examples = path.join(root, '../shared/examples');
if (fs.existsSync(examples)) {
  for (const f of fs.readdirSync(examples).filter((x) => x.endsWith('.txt'))) {
    const text = fs
      .readFileSync(path.join(examples, f), 'utf8')
      .replace(/(?<!\d),|,(?!\d)/g, '，')
      .replace(/\(/g, '（')
      .replace(/\)/g, '）')
      .replace(/(?<!\d):|:(?!\d)/g, '：')
      .replace(/;/g, '；')
      .replace(/!/g, '！')
      .replace(/\?/g, '？');
    const errors = check(splitLines(text)).filter((x) => x.severity === 'error');
    console.log(
      `example ${f} (full-width restored): ${errors.length} error-level findings${errors.map((e) => `\n  line ${e.paragraph + 1}: ${e.message}`).join('')}`,
    );
  }
}
