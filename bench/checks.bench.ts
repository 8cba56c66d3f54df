// Speed of the checks: a full check of a 200,000-character report (target < 200 ms) and the live
// re-check of one edited paragraph (target < 5 ms), each beside a reference measured in the same run:
// one plain regex pass for half-width punctuation over the same text.
import fs from 'node:fs';
import path from 'node:path';
import { EMPTY_USER_LISTS } from '../shared/checks/data-schema';
import { loadCheckData } from '../electron/services/checks/checks-data';
import { checkParagraph, runChecks } from '../shared/checks/engine';
import { RULE_BY_ID } from '../shared/checks/registry';
import { documentFromLines, splitLines } from '../shared/checks/plain-text';
import type { CheckContext } from '../shared/checks/types';
import { createLiveChecker } from '../renderer/features/checks/live-checks';

const root = path.resolve(__dirname, '..'); // run-bench.mjs defines __dirname as bench/
const data = loadCheckData(path.join(root, 'templates'));
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
function medianCpu(fn: () => unknown, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t = process.cpuUsage();
    fn();
    const d = process.cpuUsage(t);
    times.push((d.user + d.system) / 1000);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}
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
// On a shared machine the wall clock counts the time other processes hold the CPU; the process's own
// CPU time does not (one thread: CPU time ≈ wall time on an idle machine).
const fullCpu = medianCpu(() => runChecks(doc, ctx), 15);
console.log(row('full check, CPU time of this process', fullCpu, fullRef, 200));
console.log(row('re-check of one paragraph', one, oneRef, 5));
console.log(row(`live: ${sectionText.length}-char section, 1 edited`, liveOne, liveRef, 5));

// Worst cases for the rules of issue 15: 200,000 characters of what each one looks at, one rule at a
// time (a rule that is not linear shows here as seconds instead of milliseconds).
const ADVERSARIAL: Record<string, string> = {
  'punct.brackets': ('（'.repeat(50) + ')'.repeat(50)).repeat(2_000),
  'punct.ellipsis': '法.'.repeat(100_000),
  'words.traditional': '國發'.repeat(100_000),
  'words.typo': '贯彻落时'.repeat(50_000),
  'words.near-miss': '法治政府建'.repeat(40_000),
  'words.collocation': '加强'.repeat(100_000),
  'formulas.whole': '政治意识、大局意识、核心意识、'.repeat(13_333),
  'formulas.four-qinzi': '重要工作亲自部署、重大问题亲自过问、重点环节亲自协调、'.repeat(7_407),
  'citations.documents': ('《'.repeat(50) + '》'.repeat(50)).repeat(2_000),
  'citations (near titles)': '《党政机关公文处理条例》'.repeat(16_667),
  'numbers.range-lost-dash': '20162020年，'.repeat(20_000),
  'numbers.short-year': '较23年'.repeat(50_000),
};
console.log(`\nworst cases, 200,000 characters in one paragraph (CPU time, median of 5; the half text beside it: ≈ 2× means linear):`);
for (const [id, text] of Object.entries(ADVERSARIAL)) {
  const rule = RULE_BY_ID.get(id.startsWith('citations') ? 'citations.documents' : id)!;
  const time = (t: string) => {
    const p = { sectionId: 'text', index: 0, text: t, role: 'body' as const };
    return medianCpu(() => (rule.scope === 'paragraph' ? rule.check(p, ctx) : null), 5);
  };
  const ms = time(text);
  const half = time(text.slice(0, text.length / 2));
  console.log(
    `  ${id.padEnd(26)}${ms.toFixed(1).padStart(9)} ms${half.toFixed(1).padStart(9)} ms (half)${`${(ms / Math.max(half, 0.05)).toFixed(1)}×`.padStart(8)}`,
  );
}
const yearsDoc = documentFromLines([
  '某县2024年法治政府建设年度报告',
  ...Array.from({ length: 2000 }, () => '截至2023年12月31日，较2023年增加，2025年3月召开会议。'.repeat(4)),
]);
console.log(
  `  ${'years.consistency'.padEnd(26)}${medianCpu(() => RULE_BY_ID.get('years.consistency')!.check(yearsDoc as never, ctx), 3)
    .toFixed(1)
    .padStart(9)} ms (${yearsDoc.paragraphs.reduce((n, p) => n + p.text.length, 0)} characters)`,
);
