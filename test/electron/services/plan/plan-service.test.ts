import { afterEach, describe, expect, it } from 'vitest';
import { createTestCore } from '../../../helpers';
import { AGENCY, MEASURES, REPORT_PARAGRAPHS, createAnsweringReport, createPlanWithMeasures } from './plan-fixtures';

const cores: Array<ReturnType<typeof createTestCore>> = [];
const core = () => {
  const c = createTestCore();
  cores.push(c);
  return c;
};
afterEach(() => {
  while (cores.length) cores.pop()!.close();
});

const unanswered = async (c: ReturnType<typeof createTestCore>, reportId: string) =>
  (await c.invoke('checks.runReport', { reportId })).findings.filter((f) => f.rule === 'plan.unanswered');

describe('plan measures', () => {
  it('are saved per aspect, listed in reading order, and keep their id and status when edited', async () => {
    const c = core();
    const { plan, aspects } = await createPlanWithMeasures(c);
    const list = await c.invoke('plan.measures', { reportId: plan.report.id });
    expect(list.map((m) => m.text)).toEqual(MEASURES.map((m) => m.text));
    expect(list[5]).toMatchObject({ deadline: '长期', indicator: '平台覆盖全部执法部门', status: 'open' });
    await c.invoke('plan.markMeasure', { id: list[0]!.id, status: 'done' });
    const edited = await c.invoke('plan.saveMeasures', {
      sectionId: aspects[0]!.id,
      measures: [
        { id: list[0]!.id, text: '会前学法不少于6次', leadUnit: list[0]!.leadUnit, deadline: list[0]!.deadline },
        { text: '新增的措施', deadline: '2025-11-30' },
      ],
    });
    expect(edited.map((m) => [m.text, m.status])).toEqual([
      ['会前学法不少于6次', 'done'],
      ['新增的措施', 'open'],
    ]);
    expect(edited[0]!.id).toBe(list[0]!.id);
  });

  it('refuses bad input in Chinese and keeps what was saved', async () => {
    const c = core();
    const { plan, aspects } = await createPlanWithMeasures(c);
    await expect(
      c.invoke('plan.saveMeasures', { sectionId: aspects[0]!.id, measures: [{ text: '措施', deadline: '明年' }] }),
    ).rejects.toThrow(/完成时限应为日期/);
    await expect(c.invoke('plan.saveMeasures', { sectionId: aspects[0]!.id, measures: [{ text: '  ' }] })).rejects.toThrow(
      /措施内容不能为空/,
    );
    const report = await c.invoke('reports.create', { templateId: 'fazhi-annual-local', agency: AGENCY, year: 2025, reportDate: null });
    await expect(c.invoke('plan.saveMeasures', { sectionId: report.sections[1]!.id, measures: [{ text: '措施' }] })).rejects.toThrow(
      /只有工作计划/,
    );
    expect(await c.invoke('plan.measures', { reportId: plan.report.id })).toHaveLength(6);
  });
});

describe('the plan as the checklist of the report of the same agency and year', () => {
  it('six measures, four answered by content, two findings; 未完成 with a reason clears one', async () => {
    const c = core();
    const { plan } = await createPlanWithMeasures(c);
    const { report, measuresSectionId } = await createAnsweringReport(c);
    const list = await c.invoke('plan.checklist', { reportId: report.report.id });
    expect(list.plan).toMatchObject({ id: plan.report.id, year: 2025 });
    expect(list.items.map((i) => i.answered)).toEqual([true, true, false, true, true, false]);
    // Each answer found is the paragraph that speaks of that measure.
    expect(list.items[0]!.suggestions[0]).toMatchObject({ sectionId: measuresSectionId, paragraph: 0 });
    expect(list.items[3]!.suggestions[0]).toMatchObject({ paragraph: 2 });
    expect(list.items[4]!.suggestions[0]).toMatchObject({ paragraph: 3 });

    const findings = await unanswered(c, report.report.id);
    expect(findings.map((f) => [f.severity, f.sectionId, f.excerpt])).toEqual([
      ['warning', measuresSectionId, MEASURES[2]!.text],
      ['warning', measuresSectionId, MEASURES[5]!.text],
    ]);
    expect(findings[0]!.message).toContain('青石市人民政府2025年法治政府建设工作要点');

    await expect(c.invoke('plan.markMeasure', { id: list.items[2]!.measure.id, status: 'not-done' })).rejects.toThrow(/请填写未完成的原因/);
    await c.invoke('plan.markMeasure', { id: list.items[2]!.measure.id, status: 'not-done', reason: '法院排期调整，督导推迟到2026年' });
    expect((await unanswered(c, report.report.id)).map((f) => f.excerpt)).toEqual([MEASURES[5]!.text]);
    const after = await c.invoke('plan.checklist', { reportId: report.report.id });
    expect(after.items[2]!.measure).toMatchObject({ status: 'not-done', reason: '法院排期调整，督导推迟到2026年' });
  });

  it('a confirmed paragraph is kept as the answer; a report of another agency or year has no checklist', async () => {
    const c = core();
    await createPlanWithMeasures(c);
    const { report, measuresSectionId } = await createAnsweringReport(c);
    const before = await c.invoke('plan.checklist', { reportId: report.report.id });
    const after = await c.invoke('plan.confirmAnswer', {
      reportId: report.report.id,
      measureId: before.items[5]!.measure.id,
      sectionId: measuresSectionId,
      paragraph: 4,
    });
    expect(after.items[5]).toMatchObject({
      answered: true,
      answers: [{ paragraph: 4, excerpt: expect.stringMatching(/^深化“放管服”改革/) }],
    });
    expect((await unanswered(c, report.report.id)).map((f) => f.excerpt)).toEqual([MEASURES[2]!.text]);
    await expect(
      c.invoke('plan.confirmAnswer', {
        reportId: report.report.id,
        measureId: before.items[0]!.measure.id,
        sectionId: measuresSectionId,
        paragraph: 40,
      }),
    ).rejects.toThrow(/所选段落不存在/);

    const other = await createAnsweringReport(c, '白河县人民政府');
    expect(await c.invoke('plan.checklist', { reportId: other.report.report.id })).toEqual({ plan: null, items: [] });
    const nextYear = await createAnsweringReport(c, AGENCY, 2026);
    expect((await c.invoke('plan.checklist', { reportId: nextYear.report.report.id })).plan).toBeNull();
    expect(await unanswered(c, other.report.report.id)).toEqual([]);
  });

  it('an imported report finds the plan of its agency and year', async () => {
    const c = core();
    await createPlanWithMeasures(c);
    const text = [
      '青石市人民政府关于2025年法治政府建设情况的报告',
      '一、2025年推进法治政府建设的主要举措和成效',
      ...REPORT_PARAGRAPHS,
    ].join('\n');
    const { id } = await c.invoke('import.save', { source: { type: 'text', text }, agency: AGENCY, year: 2025 });
    const list = await c.invoke('plan.checklist', { reportId: id });
    expect(list.items.map((i) => i.answered)).toEqual([true, true, false, true, true, false]);
    expect((await unanswered(c, id)).length).toBe(2);
  });

  it('a report made by 沿用上年 finds the plan of its new year', async () => {
    const c = core();
    const last = await createAnsweringReport(c, AGENCY, 2024);
    await createPlanWithMeasures(c, AGENCY, 2025);
    const rolled = await c.invoke('rollover.create', { reportId: last.report.report.id, year: 2025 });
    const list = await c.invoke('plan.checklist', { reportId: rolled.id });
    expect(list.items).toHaveLength(6);
    // Last year's text answers some measures by content; the ones it never mentions are findings.
    expect((await unanswered(c, rolled.id)).length).toBe(list.items.filter((i) => !i.answered).length);
  });
});

describe('plan deadlines', () => {
  it('lists the plan until 定稿 and its dated measures soon or past and not done', async () => {
    const c = core();
    const { plan } = await createPlanWithMeasures(c);
    let items = await c.invoke('plan.deadlines', { today: '2025-07-05' });
    expect(items.map((i) => [i.measureId === null ? '计划' : i.text.slice(0, 8), i.state, i.daysLeft])).toEqual([
      ['计划', 'overdue', -96],
      ['动态调整市级权责', 'overdue', -96],
      ['组织全市领导干部', 'overdue', -5],
    ]);
    expect(items[1]!.text).toContain('（2025年3月底前）');
    const measures = await c.invoke('plan.measures', { reportId: plan.report.id });
    await c.invoke('plan.markMeasure', { id: measures[3]!.id, status: 'done' });
    await c.invoke('versions.setStatus', { reportId: plan.report.id, status: 'final', reason: '已印发' });
    items = await c.invoke('plan.deadlines', { today: '2025-09-20' });
    expect(items.map((i) => [i.text.slice(0, 8), i.state])).toEqual([
      ['组织全市领导干部', 'overdue'],
      ['开展行政机关负责', 'soon'],
    ]);
  });
});
