import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../../electron/cli/cli';
import { createTestCore, REPO_ROOT, tempDir } from '../../../helpers';
import { bracketPlanDocx, tablePlanDocx } from './plan-docx-fixtures';
import { createAnsweringReport, createPlanWithMeasures, MEASURES } from './plan-fixtures';

const cores: Array<ReturnType<typeof createTestCore>> = [];
const core = (dbPath?: string) => {
  const c = createTestCore(dbPath);
  cores.push(c);
  return c;
};
afterEach(() => {
  while (cores.length) cores.pop()!.close();
});

const file = async (name: string, make: () => Promise<Buffer>) => ({
  type: 'file' as const,
  fileName: name,
  base64: (await make()).toString('base64'),
});

describe('plan import from .docx', () => {
  it('measures with their fields in brackets become structured items; the one it could not split is marked', async () => {
    const c = core();
    const { plan, issues } = await c.invoke('plan.importPreview', { source: await file('要点.docx', bracketPlanDocx) });
    expect(plan).toMatchObject({ title: '柳江区2026年法治政府建设工作要点', agency: '柳江区', year: 2026, kind: 'points' });
    expect(plan.aspects.map((a) => a.heading)).toEqual(['加强行政决策规范化建设', '推进严格规范公正文明执法']);
    expect(plan.aspects[0]!.measures[1]).toMatchObject({ leadUnit: '区司法局', units: '区直各部门', deadline: '长期' });
    expect(plan.aspects[1]!.measures[1]).toMatchObject({
      text: '加强行政执法人员培训，年度培训不少于40学时。',
      issues: ['未识别到牵头单位和责任单位，请补充'],
    });
    expect(issues).toBe(1);

    // The user corrects the marked item, then saves: a plan report with the measures under their aspects.
    plan.aspects[1]!.measures[1] = {
      ...plan.aspects[1]!.measures[1]!,
      leadUnit: '区司法局',
      units: '区直各执法部门',
      deadline: '2026-12-31',
      issues: [],
    };
    const saved = await c.invoke('plan.importSave', { plan, agency: '柳江区人民政府', year: 2026, templateId: null });
    expect(saved.measures).toBe(4);
    const detail = await c.invoke('reports.get', { id: saved.id });
    expect(detail.report).toMatchObject({ templateId: 'fazhi-work-points', title: '柳江区2026年法治政府建设工作要点', kind: 'work-plan' });
    const tasks = detail.sections.find((s) => s.partId === 'tasks')!;
    expect(detail.sections.filter((s) => s.parentId === tasks.id).map((s) => s.heading)).toEqual([
      '加强行政决策规范化建设',
      '推进严格规范公正文明执法',
    ]);
    expect(detail.sections.find((s) => s.partId === 'safeguards')!.plainText).toContain('2026年12月15日前报送');
    const measures = await c.invoke('plan.measures', { reportId: saved.id });
    expect(measures.map((m) => [m.leadUnit, m.deadline])).toEqual([
      ['区政府办公室', '2026-03-31'],
      ['区司法局', '长期'],
      ['区司法局', '2026-11-30'],
      ['区司法局', '2026-12-31'],
    ]);
  });

  it('measures in a task table, aspects as rows across the table', async () => {
    const c = core();
    const { plan, issues } = await c.invoke('plan.importPreview', { source: await file('计划.docx', tablePlanDocx) });
    expect(plan).toMatchObject({ agency: '市场监管局', year: 2026, kind: 'plan' });
    expect(plan.aspects.map((a) => [a.heading, a.measures.map((m) => m.text)])).toEqual([
      ['规范涉企执法', ['制定轻微违法行为不予处罚清单', '推行“综合查一次”联合检查']],
      ['强化执法监督', ['开展执法案卷评查', '落实行政执法公示制度']],
    ]);
    expect(plan.aspects[1]!.measures[0]).toMatchObject({ leadUnit: '法规科', units: '各执法大队', deadline: '2026-09-30' });
    expect(plan.aspects[1]!.measures[1]).toMatchObject({ deadline: '', deadlineText: '视情况而定' });
    expect(issues).toBe(1);
    const saved = await c.invoke('plan.importSave', { plan, agency: '某市市场监督管理局', year: 2026, templateId: null });
    expect((await c.invoke('reports.get', { id: saved.id })).report.templateId).toBe('fazhi-work-plan');
    expect((await c.invoke('plan.measures', { reportId: saved.id })).map((m) => m.deadline)).toEqual([
      '2026-06-30',
      '全年',
      '2026-09-30',
      '',
    ]);
  });

  it('refuses what is not a plan, and a damaged file, in Chinese', async () => {
    const c = core();
    await expect(c.invoke('plan.importPreview', { source: { type: 'text', text: '这是一段普通的文字。' } })).rejects.toThrow(
      /没有识别出计划的措施/,
    );
    await expect(
      c.invoke('plan.importPreview', {
        source: { type: 'file', fileName: 'x.docx', base64: Buffer.from('PK\u0003\u0004broken').toString('base64') },
      }),
    ).rejects.toThrow(/Word/);
    expect(await c.invoke('reports.list', {})).toEqual([]);
  });
});

describe('nianbao check report:<id> --json', () => {
  it('lists plan.unanswered for the measures the report never mentions', async () => {
    const dbPath = path.join(tempDir(), 'plan.db');
    const c = core(dbPath);
    await createPlanWithMeasures(c);
    const { report } = await createAnsweringReport(c);
    c.close();
    cores.pop();
    const out: string[] = [];
    const code = await runCli(['check', `report:${report.report.id}`, '--json', '--db', dbPath], {
      out: (t) => out.push(t),
      err: () => undefined,
      env: {},
      root: REPO_ROOT,
    });
    expect(code).toBe(0);
    const result = JSON.parse(out[0]!) as { findings: Array<{ rule: string; severity: string; excerpt: string }> };
    expect(result.findings.filter((f) => f.rule === 'plan.unanswered').map((f) => [f.severity, f.excerpt])).toEqual([
      ['warning', MEASURES[2]!.text],
      ['warning', MEASURES[5]!.text],
    ]);
  });
});
