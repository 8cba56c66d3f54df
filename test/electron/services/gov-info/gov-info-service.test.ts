import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../../electron/cli/cli';
import { cellKey, NOT_APPLICABLE } from '../../../../shared/gov-info/tables';
import { stateFromParagraphs } from '../../../../shared/rich-text';
import { consistentValues } from '../../../shared/gov-info/fixture';
import { createTestCore, REPO_ROOT, saveAtCurrent, tempDir } from '../../../helpers';

const cores: Array<ReturnType<typeof createTestCore>> = [];
afterEach(() => {
  while (cores.length) cores.pop()!.close();
});

async function setup(dbPath = path.join(tempDir(), 'gi.db')) {
  const c = createTestCore(dbPath);
  cores.push(c);
  const create = (year: number) =>
    c.invoke('reports.create', { templateId: 'gov-info-annual', agency: '江宁县市场监督管理局', year, reportDate: `${year + 1}-01-20` });
  return { c, create, dbPath };
}

describe('政府信息公开 tables in the core', () => {
  it("creates the six parts; cells keep 0, 不适用 and empty apart; a finding names the cells and sits on the table's part", async () => {
    const { c, create } = await setup();
    const detail = await create(2024);
    expect(detail.report.title).toBe('江宁县市场监督管理局2024年政府信息公开工作年度报告');
    expect(detail.sections.filter((s) => s.kind === 'part').map((s) => s.partId)).toEqual([
      'overview',
      'active',
      'requests',
      'appeals',
      'problems',
      'other',
    ]);
    const id = detail.report.id;
    const state = await c.invoke('govinfo.setCells', { reportId: id, cells: consistentValues() });
    expect(state.values[cellKey('t2', 'rules', 'issued')]).toBe(NOT_APPLICABLE);
    expect(state.values[cellKey('t3', 'research', 'total')]).toBeUndefined();
    expect(state.values[cellKey('t3', 'open', 'research')]).toBe(0);
    expect((await c.invoke('checks.runReport', { reportId: id })).findings.filter((f) => /^(table|figures)\./.test(f.rule))).toEqual([]);

    await c.invoke('govinfo.setCells', { reportId: id, cells: { [cellKey('t4', 'cases', 'review-total')]: 4 } });
    const broken = (await c.invoke('checks.runReport', { reportId: id })).findings.filter((f) => f.rule.startsWith('table.'));
    expect(broken.map((f) => f.rule)).toEqual(['table.t4.total']);
    expect(broken[0]!.sectionId).toBe(detail.sections.find((s) => s.partId === 'appeals')!.id);
    expect(broken[0]!.cells).toContain(cellKey('t4', 'cases', 'review-total'));

    // emptied (null): the identity is unknown, the cell is listed as 未填写
    await c.invoke('govinfo.setCells', { reportId: id, cells: { [cellKey('t4', 'cases', 'review-total')]: null } });
    const after = (await c.invoke('checks.runReport', { reportId: id })).findings.filter((f) => f.rule.startsWith('table.'));
    expect(after.map((f) => f.rule)).toEqual(['table.incomplete']);
  });

  it('refuses an unknown cell and a 定稿 report with a Chinese message, keeping what was saved', async () => {
    const { c, create } = await setup();
    const id = (await create(2024)).report.id;
    await c.invoke('govinfo.setCells', { reportId: id, cells: { [cellKey('t3', 'new', 'person')]: 3 } });
    await expect(c.invoke('govinfo.setCells', { reportId: id, cells: { 't3:new:nobody': 1 } })).rejects.toThrow('表格中没有这个单元格');
    expect((await c.invoke('govinfo.grids', { reportId: id })).values).toEqual({ [cellKey('t3', 'new', 'person')]: 3 });
    const other = await c.invoke('reports.create', {
      templateId: 'fazhi-annual-local',
      agency: '某县人民政府',
      year: 2024,
      reportDate: '2025-01-20',
    });
    await expect(c.invoke('govinfo.setCells', { reportId: other.report.id, cells: {} })).rejects.toThrow('只有政府信息公开工作年度报告');
  });

  it("finds last year's report: 上年结转 against its 结转下年度; prose against the table; CLI report:<id> --json lists cells and sentences", async () => {
    const { c, create, dbPath } = await setup();
    const last = await create(2023);
    const lastValues = consistentValues();
    // last year's 结转下年度 as this year carries it over, except 自然人 (3, this year says 2)
    lastValues[cellKey('t3', 'next', 'person')] = 3;
    lastValues[cellKey('t3', 'next', 'legal')] = 0;
    lastValues[cellKey('t3', 'next', 'total')] = 2;
    lastValues[cellKey('t2', 'normative', 'inforce')] = 20; // 20 + 4 − 1 = 23
    await c.invoke('govinfo.setCells', { reportId: last.report.id, cells: lastValues });
    const now = await create(2024);
    await c.invoke('govinfo.setCells', { reportId: now.report.id, cells: consistentValues() });
    const state = await c.invoke('govinfo.grids', { reportId: now.report.id });
    expect(state.lastYear).toMatchObject({ reportId: last.report.id, year: 2023 });
    const overview = now.sections.find((s) => s.partId === 'overview')!;
    await saveAtCurrent(c, {
      id: overview.id,
      content: stateFromParagraphs(['本年度共收到政府信息公开申请46件，其中予以公开26件。行政复议3件，均予以维持。']),
    });

    const out: string[] = [];
    const code = await runCli(['check', `report:${now.report.id}`, '--json', '--db', dbPath], {
      out: (t) => out.push(t),
      err: () => undefined,
      env: {},
      root: REPO_ROOT,
    });
    expect(code).toBe(0);
    const result = JSON.parse(out[0]!) as {
      findings: Array<{ rule: string; excerpt: string; cells?: Array<{ key: string; label: string }> }>;
    };
    const ours = result.findings.filter((f) => /^(table|figures)\./.test(f.rule));
    expect(ours.map((f) => f.rule).sort()).toEqual(['figures.table-mismatch', 'figures.upheld-mismatch', 'table.carry-over']);
    const carry = ours.find((f) => f.rule === 'table.carry-over')!;
    expect(carry.excerpt).toContain('上年结转');
    expect(carry.cells).toEqual([{ key: cellKey('t3', 'carried', 'person'), label: '表三「二、上年结转政府信息公开申请数量」·自然人' }]);
    expect(ours.find((f) => f.rule === 'figures.table-mismatch')!.excerpt).toBe('予以公开26件');
    expect(ours.find((f) => f.rule === 'figures.upheld-mismatch')!.excerpt).toBe('均予以维持');
  });

  it('a part holding its filled table is not 「还没有内容」; an empty one still is (app and CLI)', async () => {
    const { c, create, dbPath } = await setup();
    const detail = await create(2024);
    const id = detail.report.id;
    const t4 = Object.fromEntries(Object.entries(consistentValues()).filter(([k]) => k.startsWith('t4:')));
    await c.invoke('govinfo.setCells', { reportId: id, cells: t4 });
    const partOf = (partId: string) => detail.sections.find((s) => s.partId === partId)!.id;
    const emptyParts = (findings: Array<{ rule: string; sectionId?: string; message: string }>) =>
      findings.filter((f) => f.rule === 'structure.parts' && f.message.includes('还没有内容')).map((f) => f.message);
    const app = emptyParts((await c.invoke('checks.runReport', { reportId: id })).findings);
    expect(app.some((m) => m.includes('主动公开政府信息情况'))).toBe(true);
    expect(app.some((m) => m.includes('政府信息公开行政复议、行政诉讼情况'))).toBe(false);
    expect(partOf('appeals')).toBeTruthy();

    const out: string[] = [];
    await runCli(['check', `report:${id}`, '--json', '--db', dbPath], {
      out: (t) => out.push(t),
      err: () => undefined,
      env: {},
      root: REPO_ROOT,
    });
    const cli = emptyParts((JSON.parse(out[0]!) as { findings: Array<{ rule: string; message: string }> }).findings);
    expect(cli).toEqual(app);
  });
});
