// CPU time per rule on the 200,000-character report of checks.bench.ts (which rules the full check spends on).
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
const once = (rule: (typeof ALL_RULES)[number]) => {
  if (rule.scope === 'paragraph') for (const p of doc.paragraphs) rule.check(p, ctx);
  else rule.check(doc, ctx);
};
for (const rule of ALL_RULES) once(rule); // warm up
for (const rule of ALL_RULES) {
  // CPU time of this process, so that other processes on a shared machine do not count.
  const t = process.cpuUsage();
  for (let k = 0; k < 5; k += 1) once(rule);
  const d = process.cpuUsage(t);
  rows.push([rule.id, (d.user + d.system) / 1000 / 5]);
}
for (const [id, ms] of rows.sort((a, b) => b[1] - a[1])) console.log(`${id.padEnd(34)}${ms.toFixed(1).padStart(8)} ms`);
