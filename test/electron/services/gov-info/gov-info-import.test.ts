import { afterEach, describe, expect, it } from 'vitest';
import { cellKey, GRID_CELLS } from '../../../../shared/gov-info/tables';
import { consistentValues } from '../../../shared/gov-info/fixture';
import { publishedText } from '../../../shared/gov-info/published';
import { createTestCore } from '../../../helpers';

const cores: Array<ReturnType<typeof createTestCore>> = [];
afterEach(() => {
  while (cores.length) cores.pop()!.close();
});

async function setup() {
  const c = createTestCore();
  cores.push(c);
  const create = (year: number, agency = '江宁县市场监督管理局') =>
    c.invoke('reports.create', { templateId: 'gov-info-annual', agency, year, reportDate: null });
  return { c, create };
}

describe("last year's published report read into its grids", () => {
  it("a .docx with the national tables (merged cells): every cell placed, then this year's 上年结转 is checked against it", async () => {
    const { c, create } = await setup();
    // The published .docx: a report written elsewhere, exported in the national layout.
    const source = await create(2023, '另一县市场监督管理局');
    const published = consistentValues();
    published[cellKey('t3', 'next', 'person')] = 2;
    published[cellKey('t3', 'next', 'legal')] = 0;
    published[cellKey('t3', 'next', 'total')] = 2;
    published[cellKey('t3', 'new', 'person')] = 36; // keeps 表三 balanced for 自然人: 36 + 2 = 36 + 2
    published[cellKey('t3', 'new', 'legal')] = 1;
    published[cellKey('t3', 'new', 'total')] = 43;
    await c.invoke('govinfo.setCells', { reportId: source.report.id, cells: published });
    const file = await c.invoke('export.docx', { reportId: source.report.id });

    const lastYear = await create(2023);
    const result = await c.invoke('govinfo.importTables', {
      reportId: lastYear.report.id,
      source: { type: 'file', fileName: '2023年政府信息公开工作年度报告.docx', base64: file.base64 },
    });
    expect(result.unplaced).toEqual([]);
    expect(result.format).toBe('2021');
    expect(result.placed).toBe(GRID_CELLS.length);
    expect(result.state.values).toEqual(published);

    const now = await create(2024);
    const values = consistentValues();
    values[cellKey('t3', 'carried', 'person')] = 3; // last year carried 2 over
    values[cellKey('t3', 'carried', 'total')] = 3;
    await c.invoke('govinfo.setCells', { reportId: now.report.id, cells: values });
    const findings = (await c.invoke('checks.runReport', { reportId: now.report.id })).findings.filter(
      (f) => f.rule === 'table.carry-over',
    );
    expect(findings.map((f) => f.cells)).toEqual([[cellKey('t3', 'carried', 'person')], [cellKey('t3', 'carried', 'total')]]);
    expect(findings[0]!.message).toContain('2023年报告');
  });

  it('pasted web text: rows it cannot place are listed, what it read is set, the rest kept', async () => {
    const { c, create } = await setup();
    const report = await create(2023);
    await c.invoke('govinfo.setCells', { reportId: report.report.id, cells: { [cellKey('t2', 'fees', 'fees')]: 3.2 } });
    const v = consistentValues();
    delete v[cellKey('t2', 'fees', 'fees')];
    const text = publishedText(v).replace(/^（二）部分公开.*$/mu, (line) => line.split('\t').slice(0, -1).join('\t'));
    const result = await c.invoke('govinfo.importTables', { reportId: report.report.id, source: { type: 'text', text } });
    expect(result.unplaced).toHaveLength(1);
    expect(result.unplaced[0]!.reason).toContain('表三每行应有 7 个数');
    expect(result.state.values[cellKey('t2', 'fees', 'fees')]).toBe(3.2);
    expect(result.state.values[cellKey('t3', 'open', 'total')]).toBe(24);
    expect(result.state.values[cellKey('t3', 'partial', 'total')]).toBeUndefined();
  });

  it('a file without the tables is refused with a Chinese message and nothing changes', async () => {
    const { c, create } = await setup();
    const report = await create(2023);
    await expect(
      c.invoke('govinfo.importTables', {
        reportId: report.report.id,
        source: { type: 'text', text: '一、总体情况\n本年度工作平稳推进。' },
      }),
    ).rejects.toThrow('没有找到政府信息公开年度报告的表格');
    expect((await c.invoke('govinfo.grids', { reportId: report.report.id })).values).toEqual({});
  });
});
