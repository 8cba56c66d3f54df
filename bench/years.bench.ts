import { performance } from 'node:perf_hooks';
import { analyzeYears } from '../shared/years/analyze-years';

/**
 * The shared year analysis (issue 12) on realistic report text and on adversarial runs of
 * 200,000 and 2,000,000 characters: time per character should stay flat (a linear scan). Prints a
 * table; never fails on speed.
 */

const REPORT =
  '2025年，我局深入贯彻《法治政府建设实施纲要（2021—2025年）》，落实厅字〔2019〕28号要求，开展“3·15”“12·4”宣传，截至2025年12月31日共办理案件318件，较2024年下降4.5%；2026年将继续推进“十四五”规划实施。';

const cases: Array<[string, (n: number) => string]> = [
  ['report text', (n) => REPORT.repeat(Math.ceil(n / REPORT.length)).slice(0, n)],
  ['digits', (n) => '2025'.repeat(n / 4)],
  ['years with 年', (n) => '2025年'.repeat(n / 5)],
  ['open 《', (n) => '《'.repeat(n)],
  ['ranges', (n) => '2021—'.repeat(n / 5)],
];

const rows: string[] = [];
for (const [name, make] of cases) {
  for (const n of [200_000, 2_000_000]) {
    const text = make(n);
    analyzeYears(text.slice(0, 1000), { reportingYear: 2026 });
    const start = performance.now();
    const mentions = analyzeYears(text, { reportingYear: 2026 }).length;
    const ms = performance.now() - start;
    rows.push(
      `${name.padEnd(14)} ${String(text.length).padStart(9)} chars ${ms.toFixed(1).padStart(8)} ms ${((ms * 1e6) / text.length).toFixed(0).padStart(6)} ns/char ${String(mentions).padStart(8)} mentions`,
    );
  }
}
console.log('analyzeYears (shared/years): time per character should not grow with the length');
for (const row of rows) console.log(row);
