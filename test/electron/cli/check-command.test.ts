import fs from 'node:fs';
import path from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/cli';
import { stateFromParagraphs } from '../../../shared/rich-text';
import { createTestCore, LOCAL_TEMPLATE, REPO_ROOT, tempDir, saveAtCurrent } from '../../helpers';

interface Output {
  findings: Array<{
    rule: string;
    category: string;
    severity: string;
    line: number;
    column: number;
    length: number;
    excerpt: string;
    message: string;
    fix: string | null;
  }>;
  summary: { total: number; error: number; kind: string | null; year: number | null };
}

async function cli(args: string[], dbPath = path.join(tempDir(), 'cli.db')) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli([...args, '--db', dbPath], { out: (t) => out.push(t), err: (t) => err.push(t), env: {}, root: REPO_ROOT });
  return { code, out, err: err.join('\n') };
}

const CLEAN = fs.readFileSync(path.join(REPO_ROOT, 'test/fixtures/checks/clean-fazhi-2024.txt'), 'utf8');

function writeTemp(name: string, content: string | Buffer): string {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, content);
  return file;
}

describe('nianbao check', () => {
  it('prints exactly one JSON object with 1-based line and column in the .txt file', async () => {
    const text = CLEAN.replace('2024年，江宁县', '2024年,江宁县').replace('（二）提升行政执法质量', '（三）提升行政执法质量');
    const { code, out } = await cli(['check', writeTemp('r.txt', text), '--json']);
    expect(code).toBe(0);
    expect(out).toHaveLength(1);
    const result = JSON.parse(out[0]!) as Output;
    const comma = result.findings.find((f) => f.rule === 'punct.halfwidth')!;
    expect(comma).toMatchObject({ category: '标点', severity: 'error', line: 4, column: 6, length: 1, fix: '，' });
    const lines = text.split('\n');
    expect(lines[comma.line - 1]![comma.column - 1]).toBe(',');
    expect(result.findings.filter((f) => f.rule === 'numbering.sequence').map((f) => [f.line, f.column])).toEqual([
      [24, 1],
      [25, 1],
    ]);
    expect(result.summary).toMatchObject({ kind: 'fazhi-annual', year: 2024 });
    expect(Object.keys(comma).sort()).toEqual(['category', 'column', 'excerpt', 'fix', 'length', 'line', 'message', 'rule', 'severity']);
  });

  it('a clean report gives no findings and exit code 0', async () => {
    const { code, out } = await cli(['check', writeTemp('clean.txt', CLEAN), '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(out[0]!)).toMatchObject({ findings: [], summary: { total: 0 } });
  });

  it('--year and --template override what is inferred', async () => {
    const text = ['关于工作的说明', '市政府法制办牵头开展工作。'].join('\n');
    const inferred = JSON.parse((await cli(['check', writeTemp('a.txt', text), '--json'])).out[0]!) as Output;
    expect(inferred.findings.some((f) => f.rule === 'formulas.renamed-body')).toBe(false);
    const given = JSON.parse(
      (await cli(['check', writeTemp('a.txt', text), '--year', '2020', '--template', LOCAL_TEMPLATE, '--json'])).out[0]!,
    ) as Output;
    expect(given.summary).toMatchObject({ year: 2020, kind: 'fazhi-annual' });
    expect(given.findings.some((f) => f.rule === 'formulas.renamed-body' && f.line === 2)).toBe(true);
  });

  it('reads a .docx, one paragraph per line', async () => {
    const doc = new Document({
      sections: [{ children: ['某县2024年依法行政工作报告', '一、工作回顾', '推进法制政府建设,成效明显。'].map((t) => new Paragraph(t)) }],
    });
    const file = writeTemp('r.docx', await Packer.toBuffer(doc));
    const { code, out } = await cli(['check', file, '--json']);
    expect(code).toBe(0);
    const result = JSON.parse(out[0]!) as Output;
    expect(result.findings.filter((f) => f.severity === 'error' && f.line === 3).map((f) => [f.rule, f.column])).toEqual([
      ['words.confusable', 3],
      ['punct.halfwidth', 9],
    ]);
  });

  it('checks a report in the database', async () => {
    const dbPath = path.join(tempDir(), 'r.db');
    const core = createTestCore(dbPath);
    const detail = await core.invoke('reports.create', {
      templateId: LOCAL_TEMPLATE,
      agency: '某县人民政府',
      year: 2024,
      reportDate: '2025-01-10',
    });
    const measures = detail.sections.find((s) => s.partId === 'measures')!;
    await saveAtCurrent(core, { id: measures.id, content: stateFromParagraphs(['今年来，全县推进法制政府建设。']) });
    core.close();
    const { code, out } = await cli(['check', `report:${detail.report.id}`, '--json'], dbPath);
    expect(code).toBe(0);
    const result = JSON.parse(out[0]!) as Output;
    expect(result.findings.filter((f) => f.excerpt.includes('今年来')).map((f) => [f.rule, f.column, f.fix])).toEqual([
      ['words.vague-time', 1, '今年以来'],
      ['words.confusable', 9, '法治'],
    ]);
    expect(result.summary).toMatchObject({ kind: 'fazhi-annual', year: 2024 });

    // Ignored in the app: the CLI leaves it out too, so the window and the CLI agree.
    const again = createTestCore(dbPath);
    const target = (await again.invoke('checks.runReport', { reportId: detail.report.id })).findings.find(
      (f) => f.rule === 'words.confusable',
    )!;
    await again.invoke('checks.ignore', {
      reportId: detail.report.id,
      fingerprint: target.fingerprint,
      rule: target.rule,
      excerpt: target.excerpt,
    });
    again.close();
    const after = JSON.parse((await cli(['check', `report:${detail.report.id}`, '--json'], dbPath)).out[0]!) as Output & {
      summary: { ignored: number };
    };
    expect(after.findings.some((f) => f.rule === 'words.confusable')).toBe(false);
    expect(after.summary.ignored).toBe(1);
  });

  it('fails with a message, not a stack, when the input cannot be read', async () => {
    const missing = await cli(['check', path.join(tempDir(), 'none.txt'), '--json']);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('文件不存在');
    const broken = await cli(['check', writeTemp('bad.docx', '不是 Word 文件'), '--json']);
    expect(broken.code).toBe(1);
    expect(broken.err).toContain('无法读取文件');
    const pdf = await cli(['check', writeTemp('a.pdf', 'x'), '--json']);
    expect(pdf.code).toBe(1);
    expect(pdf.err).toContain('不支持的文件类型');
    const report = await cli(['check', 'report:nope', '--json']);
    expect(report.code).toBe(1);
    expect((await cli(['check', '--json'])).code).toBe(2);
    expect((await cli(['check', writeTemp('a.txt', 'x'), '--year', '24'])).code).toBe(2);
  });
});
