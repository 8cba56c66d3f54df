import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { analyzeImport } from '../shared/import/analyze';
import { chineseNumeral } from '../shared/outline';
import { countChars } from '../shared/rich-text';
import { readSource } from '../electron/services/import/read-source';

/**
 * Import of a 20,000- and a 200,000-character .docx (targets: under 500 ms and 3 s), beside pandoc
 * reading the same file to plain text. Prints a table; never fails on speed.
 */

const SENTENCE =
  '全县共办理行政处罚案件318件，同比下降4.5%，组织执法人员培训3期，培训240人次，各部门均落实了法律顾问制度，执法质量稳步提高。';

async function makeDocx(targetChars: number): Promise<{ buf: Buffer; chars: number }> {
  const children: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('东湖县人民政府关于2024年法治政府建设情况的报告')] }),
  ];
  let chars = 0;
  for (let part = 1; chars < targetChars; part += 1) {
    children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        children: [new TextRun(`${chineseNumeral(((part - 1) % 99) + 1)}、2024年推进法治政府建设的主要举措和成效`)],
      }),
    );
    for (let sub = 1; sub <= 5 && chars < targetChars; sub += 1) {
      children.push(new Paragraph({ children: [new TextRun(`（${chineseNumeral(sub)}）健全依法行政制度体系`)] }));
      for (let item = 1; item <= 4; item += 1) {
        const text = `${item}.健全工作机制。${SENTENCE.repeat(3)}`;
        children.push(new Paragraph({ children: [new TextRun(text)] }));
        chars += countChars(text);
      }
    }
  }
  return { buf: await Packer.toBuffer(new Document({ sections: [{ children }] })), chars };
}

const templateParts = (id: string) => {
  const file = path.join(__dirname, '..', 'templates', `${id}.json`);
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : null;
};

async function timeImport(buf: Buffer): Promise<{ ms: number; recovered: number }> {
  const start = performance.now();
  const preview = analyzeImport(await readSource('bench.docx', buf), { templateParts });
  const ms = performance.now() - start;
  // The characters the import recovered, to show that the whole file was read.
  return { ms, recovered: preview.sections.reduce((n, s) => n + s.chars, 0) };
}

function timePandoc(file: string): number | null {
  try {
    const start = performance.now();
    execFileSync('pandoc', ['-f', 'docx', '-t', 'plain', file], { stdio: ['ignore', 'ignore', 'ignore'] });
    return performance.now() - start;
  } catch {
    return null;
  }
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-bench-'));
  console.log('导入基准（.docx → 结构，取三次中位数）  文档字数  识别字数   年报导入   目标        pandoc（转纯文本）');
  for (const [target, goal] of [
    [20_000, 500],
    [200_000, 3000],
  ] as const) {
    const { buf, chars } = await makeDocx(target);
    const file = path.join(dir, `bench-${target}.docx`);
    fs.writeFileSync(file, buf);
    await timeImport(buf); // warm-up: module loading and JIT
    const runs = [await timeImport(buf), await timeImport(buf), await timeImport(buf)].sort((a, b) => a.ms - b.ms);
    const pandoc = timePandoc(file);
    const { ms, recovered } = runs[1]!;
    console.log(
      `  ${String(target).padStart(7)} 字文档                     ${String(chars).padStart(7)}  ${String(recovered).padStart(7)}   ${ms.toFixed(0).padStart(6)} ms   < ${goal} ms ${ms < goal ? '✓' : '✗'}   ${pandoc === null ? '（未安装）' : `${pandoc.toFixed(0)} ms`}`,
    );
  }
  fs.rmSync(dir, { recursive: true, force: true });
}

void main();
