import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/cli';
import { cellKey } from '../../../shared/gov-info/tables';
import { consistentValues } from '../../shared/gov-info/fixture';
import { publishedText } from '../../shared/gov-info/published';
import { createTestCore, REPO_ROOT, tempDir } from '../../helpers';

interface Row {
  rule: string;
  severity: string;
  line: number;
  excerpt: string;
  message: string;
  cells?: Array<{ key: string; label: string }>;
}

async function check(file: string, dbPath = path.join(tempDir(), 'cli.db')) {
  const out: string[] = [];
  const code = await runCli(['check', file, '--template', 'gov-info-annual', '--json', '--db', dbPath], {
    out: (t) => out.push(t),
    err: () => undefined,
    env: {},
    root: REPO_ROOT,
  });
  expect(code).toBe(0);
  return (JSON.parse(out[0]!) as { findings: Row[] }).findings.filter((f) => /^(table|figures)\./.test(f.rule));
}

describe('nianbao check FILE --template gov-info-annual', () => {
  it('a .txt of a published report: identities, prose against the tables and unplaced rows, with cells and lines', async () => {
    const v = consistentValues();
    v[cellKey('t4', 'cases', 'review-total')] = 4; // 2 + 1 + 0 + 0 ≠ 4
    const text = publishedText(v)
      .replace(/^行政事业性收费.*$/mu, '行政事业性收费\t0\t1')
      .replace('其中予以公开24件', '其中予以公开26件');
    const file = path.join(tempDir(), '2023年报告.txt');
    fs.writeFileSync(file, text);
    const findings = await check(file);
    // the fee row is not read, so 表二 is incomplete (its cell stays empty, not 0)
    expect(findings.map((f) => f.rule).sort()).toEqual(['figures.table-mismatch', 'table.incomplete', 'table.t4.total', 'table.unplaced']);
    const lines = text.split('\n');
    const t4 = findings.find((f) => f.rule === 'table.t4.total')!;
    expect(lines[t4.line - 1]).toBe('四、政府信息公开行政复议、行政诉讼情况');
    expect(t4.cells!.map((c) => c.label)).toContain('表四「行政复议」·总计');
    const prose = findings.find((f) => f.rule === 'figures.table-mismatch')!;
    expect(prose.excerpt).toBe('予以公开26件');
    expect(lines[prose.line - 1]).toContain('其中予以公开26件');
    const unplaced = findings.find((f) => f.rule === 'table.unplaced')!;
    expect(lines[unplaced.line - 1]).toContain('行政事业性收费');
  });

  it('a .docx with the national tables reads the same', async () => {
    const core = createTestCore();
    const detail = await core.invoke('reports.create', {
      templateId: 'gov-info-annual',
      agency: '江宁县市场监督管理局',
      year: 2023,
      reportDate: null,
    });
    const v = consistentValues();
    v[cellKey('t3', 'open', 'total')] = 25;
    await core.invoke('govinfo.setCells', { reportId: detail.report.id, cells: v });
    const docx = await core.invoke('export.docx', { reportId: detail.report.id });
    core.close();
    const file = path.join(tempDir(), '2023年报告.docx');
    fs.writeFileSync(file, Buffer.from(docx.base64, 'base64'));
    const findings = await check(file);
    // the 总计 column's （七） and the row's total both disagree with the 25
    expect(findings.map((f) => f.rule).sort()).toEqual(['table.t3.column-total', 'table.t3.outcome-total']);
    expect(findings.find((f) => f.rule === 'table.t3.column-total')!.cells![0]).toEqual({
      key: cellKey('t3', 'open', 'total'),
      label: '表三「（一）予以公开」·总计',
    });
  });
});
