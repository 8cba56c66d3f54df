// Speed of the checks: a full check of a 200,000-character report (target < 200 ms) and the live
// re-check of one edited paragraph (target < 5 ms), each beside a reference measured in the same run:
// one plain regex pass for half-width punctuation over the same text.
import fs from 'node:fs';
import path from 'node:path';
import { parseCheckData, EMPTY_USER_LISTS } from '../shared/checks/data-schema';
import { checkParagraph, runChecks } from '../shared/checks/engine';
import { documentFromLines, splitLines } from '../shared/checks/plain-text';
import type { CheckContext } from '../shared/checks/types';
import { createLiveChecker } from '../renderer/features/checks/live-checks';
import { DOCUMENT_RULES, PARAGRAPH_RULES } from '../shared/checks/registry';
import { analyzeImport, blocksFromText } from '../shared/import/analyze';
import { normalizeParagraph } from '../shared/import/normalize-text';
import { HOSTILE_RUNS, SIZE } from '../test/shared/hostile/hostile-runs';

const root = path.resolve(__dirname, '..'); // run-bench.mjs defines __dirname as bench/
const data = parseCheckData(JSON.parse(fs.readFileSync(path.join(root, 'templates/checks/check-data.json'), 'utf8')));
const clean = splitLines(fs.readFileSync(path.join(root, 'test/fixtures/checks/clean-fazhi-2024.txt'), 'utf8'));

/** The clean report's body repeated (with a few mistakes mixed in) until it reaches the size. */
function bigReport(chars: number): string[] {
  const body = clean.slice(3, 26);
  const lines = clean.slice(0, 3);
  let size = lines.join('\n').length;
  for (let round = 0; size < chars; round += 1) {
    for (const line of body) {
      const text = round % 3 === 0 ? line.replace('，', ',') : line;
      lines.push(text);
      size += text.length + 1;
    }
  }
  return [...lines, ...clean.slice(26)];
}

function median(fn: () => unknown, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const lines = bigReport(200_000);
const text = lines.join('\n');
const ctx: CheckContext = { year: 2024, kind: 'fazhi-annual', parts: null, data, user: EMPTY_USER_LISTS };
const doc = documentFromLines(lines);
const paragraph = doc.paragraphs.reduce((a, b) => (b.text.length > a.text.length ? b : a));
const HALF_WIDTH = /[,;:!?()]/g;

for (let i = 0; i < 5; i += 1) runChecks(doc, ctx);
const full = median(() => runChecks(doc, ctx), 15);
const fullRef = median(() => text.match(HALF_WIDTH)?.length, 15);
for (let i = 0; i < 200; i += 1) checkParagraph(paragraph, ctx);
const one = median(() => checkParagraph(paragraph, ctx), 501);
const oneRef = median(() => paragraph.text.match(HALF_WIDTH)?.length, 501);
const findings = runChecks(doc, ctx).length;

// The editor's path: a 20,000-character section, one paragraph edited, the rest served from the cache.
const sectionBlocks = lines.slice(0, 250).map((text) => ({ text, heading: false }));
const sectionText = sectionBlocks.map((b) => b.text).join('\n');
const live = createLiveChecker(ctx, 'section', 1);
live(sectionBlocks);
let edit = 0;
const liveOne = median(() => {
  edit += 1;
  const blocks = sectionBlocks.slice();
  blocks[100] = { text: `${sectionBlocks[100]!.text}${edit % 2 ? '，' : ''}`, heading: false };
  return live(blocks);
}, 201);
const liveRef = median(() => sectionText.match(HALF_WIDTH)?.length, 201);

const row = (what: string, ms: number, ref: number, target: number) =>
  `${what.padEnd(34)}${ms.toFixed(4).padStart(10)} ms${ref.toFixed(4).padStart(12)} ms${`${(ms / Math.max(ref, 1e-6)).toFixed(0)}×`.padStart(10)}${`< ${target} ms`.padStart(12)}${(ms < target ? '  ok' : '  SLOW').padStart(6)}`;
console.log(
  `report: ${text.length} characters, ${lines.length} paragraphs, ${findings} findings; paragraph: ${paragraph.text.length} characters`,
);
console.log(`${'(median)'.padEnd(34)}${'checks'.padStart(13)}${'regex scan'.padStart(15)}${'ratio'.padStart(10)}${'target'.padStart(12)}`);
console.log(row('full check, 200,000 characters', full, fullRef, 200));
console.log(row('re-check of one paragraph', one, oneRef, 5));
console.log(row(`live: ${sectionText.length}-char section, 1 edited`, liveOne, liveRef, 5));

// Hostile text (issue 11.2): 200,000-character runs of one shape through every rule, normalisation
// and the import analysis; the slowest step is printed beside the full check of the real report.

type Slowest = { ms: number; step: string; shape: string };
const slowestRule: Slowest = { ms: 0, step: '', shape: '' };
const slowestImport: Slowest = { ms: 0, step: '', shape: '' };
const slowestFull: Slowest = { ms: 0, step: 'runChecks', shape: '' };
const keep = (best: Slowest, ms: number, step: string, shape: string) => ms > best.ms && Object.assign(best, { ms, step, shape });
for (const [shape, make] of Object.entries(HOSTILE_RUNS)) {
  const hostile = make(SIZE);
  const hdoc = documentFromLines([hostile]);
  keep(
    slowestImport,
    median(() => normalizeParagraph(hostile), 3),
    'normalizeParagraph',
    shape,
  );
  keep(
    slowestImport,
    median(() => analyzeImport(blocksFromText(hostile), { templateParts: () => null }), 3),
    'analyzeImport',
    shape,
  );
  for (const r of PARAGRAPH_RULES)
    keep(
      slowestRule,
      median(() => r.check(hdoc.paragraphs[0]!, ctx), 3),
      r.id,
      shape,
    );
  for (const r of DOCUMENT_RULES)
    keep(
      slowestRule,
      median(() => r.check(hdoc, ctx), 3),
      r.id,
      shape,
    );
  keep(
    slowestFull,
    median(() => runChecks(hdoc, ctx), 3),
    'runChecks',
    shape,
  );
}
console.log(
  `\nhostile text: ${Object.keys(HOSTILE_RUNS).length} shapes of ${SIZE} characters, median of 3; 2nd column: the full check above`,
);
for (const [what, s, target] of [
  ['slowest rule', slowestRule, 1000],
  ['full check', slowestFull, 1000],
  ['slowest import step', slowestImport, 2000],
] as const)
  console.log(`${row(`${what}: ${s.step}`, s.ms, full, target)}   on “${s.shape}”`);
