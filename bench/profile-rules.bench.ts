// Time per rule on the 200,000-character report of checks.bench.ts (which rules the full check spends on).
import fs from 'node:fs';
import path from 'node:path';
import { loadCheckData } from '../electron/services/checks/checks-data';
import { EMPTY_USER_LISTS } from '../shared/checks/data-schema';
import { documentFromLines, splitLines } from '../shared/checks/plain-text';
import { ALL_RULES } from '../shared/checks/registry';
import type { CheckContext } from '../shared/checks/types';

const root = path.resolve(__dirname, '..');
const data = loadCheckData(path.join(root, 'templates'));
const clean = splitLines(fs.readFileSync(path.join(root, 'test/fixtures/checks/clean-fazhi-2024.txt'), 'utf8'));
const lines = clean.slice(0, 3);
for (let size = 0; size < 200_000;) {
  for (const l of clean.slice(3, 26)) {
    lines.push(l);
    size += l.length + 1;
  }
}
const doc = documentFromLines([...lines, ...clean.slice(26)]);
const ctx: CheckContext = { year: 2024, kind: 'fazhi-annual', parts: null, data, user: EMPTY_USER_LISTS };
const rows: Array<[string, number]> = [];
for (const rule of ALL_RULES) {
  const t = performance.now();
  for (let k = 0; k < 3; k += 1) {
    if (rule.scope === 'paragraph') for (const p of doc.paragraphs) rule.check(p, ctx);
    else rule.check(doc, ctx);
  }
  rows.push([rule.id, (performance.now() - t) / 3]);
}
for (const [id, ms] of rows.sort((a, b) => b[1] - a[1])) console.log(`${id.padEnd(34)}${ms.toFixed(1).padStart(8)} ms`);
