import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createCore } from '../electron/services/core';
import { renderDocx } from '../electron/services/export/docx-document';
import { defaultExportSettings } from '../shared/export-settings';
import { sectionsInReadingOrder } from '../shared/outline';
import type { ReportDetail } from '../shared/report-schema';
import { countChars, toBlocks, blockText } from '../shared/rich-text';
import { longReport } from '../test/electron/services/export/fixtures';

/**
 * .docx export of a 20,000- and a 200,000-character report, timed beside Debian's pandoc converting
 * the same content (as Markdown) to .docx. Target: faster than pandoc, under 300 ms for 20,000.
 */

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-bench-'));
const core = createCore({
  dbPath: path.join(dir, 'bench.db'),
  templatesDir: path.resolve('templates'),
  host: 'cli',
  version: 'bench',
  log: () => undefined,
});

function markdownOf(detail: ReportDetail): string {
  const lines = [`# ${detail.report.title}`, ''];
  for (const entry of sectionsInReadingOrder(detail.sections)) {
    const section = detail.sections.find((s) => s.id === entry.section.id)!;
    if (entry.level > 0) lines.push(`${'#'.repeat(entry.level + 1)} ${entry.number}${section.heading}`, '');
    for (const block of toBlocks(section.content)) {
      const prefix = block.kind === 'heading' ? `${'#'.repeat(block.level + 1)} ` : '';
      lines.push(prefix + blockText(block), '');
    }
  }
  return lines.join('\n');
}

function median(times: number[]): number {
  return [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

async function time(fn: () => unknown, runs: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

function hasPandoc(): boolean {
  try {
    execFileSync('pandoc', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

async function main() {
  const pandoc = hasPandoc();
  if (!pandoc) console.log('未找到 pandoc（Debian：apt-get install pandoc），只测年报自身的导出时间。');
  for (const size of [20_000, 200_000]) {
    const detail = await longReport(core, size);
    const chars = detail.sections.reduce((n, s) => n + countChars(s.plainText), 0);
    const settings = defaultExportSettings();
    await renderDocx(detail, settings); // warm-up
    const runs = size > 100_000 ? 3 : 7;
    const ours = await time(() => renderDocx(detail, settings), runs);
    let line = `${chars} 字：年报导出 .docx ${ours.toFixed(1)} ms`;
    if (pandoc) {
      const md = path.join(dir, `r${size}.md`);
      fs.writeFileSync(md, markdownOf(detail));
      const theirs = await time(() => execFileSync('pandoc', ['-f', 'markdown', '-t', 'docx', '-o', path.join(dir, 'p.docx'), md]), runs);
      line += `；pandoc ${theirs.toFixed(1)} ms；比值 年报/pandoc = ${(ours / theirs).toFixed(2)}`;
    }
    console.log(line);
  }
  core.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

void main();
