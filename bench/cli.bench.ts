import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createCore } from '../electron/services/core';
import { sectionsInReadingOrder } from '../shared/outline';
import type { ReportDetail } from '../shared/report-schema';
import { blockText, countChars, toBlocks } from '../shared/rich-text';
import { proseReport } from '../test/electron/services/export/prose-fixtures';

/**
 * The CLI as a user runs it, whole process: `nianbao --help` beside `node -e 0`; `nianbao export
 * --format docx` beside pandoc converting the same text (Markdown → .docx); `--format pdf` beside
 * LibreOffice converting our own .docx to PDF. Medians, in the same run. Needs `npm run build`.
 */

const root = path.resolve('.');
const bin = path.join(root, 'bin', 'nianbao.js');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-clibench-'));
const db = path.join(dir, 'bench.db');

function median(times: number[]): number {
  return [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

/** GNU time, where installed: CPU time (user + system) of the child, which other load on the machine hardly changes. */
const GNU_TIME = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const cpuTimes: number[] = [];

/** Median wall time of a command in ms; its median CPU time is left in `lastCpu` (NaN without GNU time). */
let lastCpu = NaN;
function time(command: string, args: string[], runs: number, env: NodeJS.ProcessEnv = process.env): number {
  const times: number[] = [];
  cpuTimes.length = 0;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const r = GNU_TIME
      ? spawnSync(GNU_TIME, ['-f', '%U %S', command, ...args], { env, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] })
      : spawnSync(command, args, { stdio: 'ignore', env });
    times.push(performance.now() - start);
    if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} → ${r.status}`);
    if (GNU_TIME) {
      const [user, sys] = String(r.stderr).trim().split('\n').at(-1)!.split(' ').map(Number);
      cpuTimes.push((user! + sys!) * 1000);
    }
  }
  lastCpu = cpuTimes.length ? median(cpuTimes) : NaN;
  return median(times);
}

/** 「wall ms（CPU ms）」 */
const both = (wall: number, cpu: number) =>
  Number.isNaN(cpu) ? `${wall.toFixed(0)} ms` : `${wall.toFixed(0)} ms（CPU ${cpu.toFixed(0)} ms）`;

function has(command: string, args = ['--version']): boolean {
  try {
    execFileSync(command, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function markdownOf(detail: ReportDetail): string {
  const lines = [`# ${detail.report.title}`, ''];
  for (const entry of sectionsInReadingOrder(detail.sections)) {
    const section = detail.sections.find((s) => s.id === entry.section.id)!;
    if (entry.level > 0) lines.push(`${'#'.repeat(entry.level + 1)} ${entry.number}${section.heading}`, '');
    for (const block of toBlocks(section.content))
      lines.push((block.kind === 'heading' ? `${'#'.repeat(block.level + 1)} ` : '') + blockText(block), '');
  }
  return lines.join('\n');
}

/** Our time over theirs: by CPU time where measured, else by wall time. */
const ratio = (wall: number, theirWall: number, cpu: number, theirCpu: number) =>
  Number.isNaN(cpu) ? (wall / theirWall).toFixed(2) : `${(cpu / theirCpu).toFixed(2)}（墙钟 ${(wall / theirWall).toFixed(2)}）`;

async function main() {
  if (!fs.existsSync(path.join(root, 'dist', 'node', 'cli-main.js'))) {
    console.log('命令行尚未构建：先运行 npm run build。');
    return;
  }
  const node = time(process.execPath, ['-e', '0'], 15);
  const nodeCpu = lastCpu;
  const help = time(process.execPath, [bin, '--help'], 15);
  console.log(`nianbao --help ${both(help, lastCpu)}；node -e 0 ${both(node, nodeCpu)}；目标 < 150 ms`);
  console.log('（墙钟时间为中位数；CPU 时间不受本机其他负载影响，比值按 CPU 时间计）');

  const core = createCore({ dbPath: db, templatesDir: path.join(root, 'templates'), host: 'cli', version: 'bench', log: () => undefined });
  const reports = [];
  for (const size of [20_000, 200_000]) reports.push({ size, detail: await proseReport(core, size) });
  core.close();

  const pandoc = has('pandoc');
  const soffice = has('soffice');
  const chromium = has('chromium') || Boolean(process.env.NIANBAO_CHROMIUM);
  for (const { detail } of reports) {
    const chars = detail.sections.reduce((n, s) => n + countChars(s.plainText), 0);
    const runs = chars > 100_000 ? 3 : 5;
    const docx = path.join(dir, 'r.docx');
    const ours = time(process.execPath, [bin, 'export', detail.report.id, '--format', 'docx', '--out', docx, '--db', db], runs);
    const oursCpu = lastCpu;
    let line = `${chars} 字：nianbao export --format docx ${both(ours, oursCpu)}`;
    if (pandoc) {
      const md = path.join(dir, 'r.md');
      fs.writeFileSync(md, markdownOf(detail));
      const theirs = time('pandoc', ['-f', 'markdown', '-t', 'docx', '-o', path.join(dir, 'p.docx'), md], runs);
      line += `；pandoc ${both(theirs, lastCpu)}；比值 ${ratio(ours, theirs, oursCpu, lastCpu)}`;
    }
    console.log(line);
    if (chromium) {
      const pdf = time(
        process.execPath,
        [bin, 'export', detail.report.id, '--format', 'pdf', '--out', path.join(dir, 'r.pdf'), '--db', db],
        runs,
      );
      const pdfCpu = lastCpu;
      let pdfLine = `${chars} 字：nianbao export --format pdf ${both(pdf, pdfCpu)}`;
      if (soffice) {
        const profile = `-env:UserInstallation=file://${path.join(dir, 'lo')}`;
        time('soffice', [profile, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], 1); // first start creates the profile
        const lo = time('soffice', [profile, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], runs);
        pdfLine += `；LibreOffice 转换同一 .docx ${both(lo, lastCpu)}；比值 ${ratio(pdf, lo, pdfCpu, lastCpu)}`;
      }
      console.log(pdfLine);
    }
  }
  fs.rmSync(dir, { recursive: true, force: true });
}

void main();
