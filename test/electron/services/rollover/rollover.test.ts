import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sectionsInReadingOrder } from '../../../../shared/outline';
import { stateFromLines } from '../../../../shared/import/section-content';
import { blockText, stateFromParagraphs, toBlocks } from '../../../../shared/rich-text';
import { createTestCore, LOCAL_TEMPLATE, REPO_ROOT, saveAtCurrent } from '../../../helpers';

const EXAMPLES = fs.existsSync('/work/shared/examples') ? '/work/shared/examples' : path.resolve(REPO_ROOT, '../shared/examples');

const cores: Array<ReturnType<typeof createTestCore>> = [];
afterEach(() => {
  while (cores.length) cores.pop()!.close();
});

const MEASURES =
  '2024年，全县共办理行政处罚案件318件，同比下降4.5%。组织执法人员培训3期，培训240人次，参训率100%。县政府常务会议会前学法12次，各部门均落实了法律顾问制度。';

/** Last year's report as a user would have written it. */
async function lastYear() {
  const c = createTestCore();
  cores.push(c);
  const detail = await c.invoke('reports.create', {
    templateId: LOCAL_TEMPLATE,
    agency: '东湖县人民政府',
    year: 2024,
    reportDate: '2025-01-07',
  });
  const part = (id: string) => detail.sections.find((s) => s.partId === id)!;
  await saveAtCurrent(c, { id: part('measures').id, content: stateFromParagraphs([MEASURES]) });
  await saveAtCurrent(c, {
    id: part('shortcomings').id,
    content: stateFromParagraphs(['基层执法力量薄弱，5个乡镇缺少法制审核人员。']),
  });
  await saveAtCurrent(c, {
    id: part('plans').id,
    content: stateFromLines([
      { text: '深化行政执法体制改革', heading: 3 },
      { text: '推进乡镇综合执法。', heading: null },
      { text: '加强行政复议工作', heading: 3 },
      { text: '发挥行政复议化解行政争议主渠道作用。', heading: null },
    ]),
  });
  return { c, source: detail.report.id };
}

describe('rollover 沿用上年', () => {
  it('creates this year’s report: same structure, years and date moved on, text carried and figures marked', async () => {
    const { c, source } = await lastYear();
    const before = await c.invoke('reports.get', { id: source });
    const result = await c.invoke('rollover.create', { reportId: source, year: 2025 });
    // Six figures in the measures, one (5个乡镇) in the shortcomings.
    expect(result).toMatchObject({ carriedParts: 3, figures: 7, planItems: 2 });
    const next = await c.invoke('reports.get', { id: result.id });
    expect(next.report).toMatchObject({
      title: '东湖县人民政府关于2025年法治政府建设情况的报告',
      agency: '东湖县人民政府',
      year: 2025,
      reportDate: '2026-01-07',
      templateId: LOCAL_TEMPLATE,
    });
    const order = (d: typeof next) => sectionsInReadingOrder(d.sections).map((e) => [e.number, e.section.partId]);
    expect(order(next)).toEqual(order(before));
    const parts = sectionsInReadingOrder(next.sections)
      .filter((e) => e.level === 1)
      .map((e) => e.section);
    expect(parts[0]!.heading).toBe('2025年推进法治政府建设的主要举措和成效');
    expect(parts[3]!.heading).toBe('2026年推进法治政府建设的主要安排');
    expect(parts[0]!.plainText).toBe(MEASURES);
    const highlighted = parts[0]!.content.root.children![0]!.children!.filter((n) => n.format === 128).map((n) => n.text);
    expect(highlighted).toEqual(['318', '4.5%', '3', '240', '100%', '12']);
    // Last year's report is untouched.
    expect((await c.invoke('reports.get', { id: source })).sections.map((s) => s.plainText)).toEqual(
      before.sections.map((s) => s.plainText),
    );
  });

  it('reports what is still last year’s: 待更新, 内容雷同, 上年数据, open plan items; edits and confirmation clear them', async () => {
    const { c, source } = await lastYear();
    const { id } = await c.invoke('rollover.create', { reportId: source, year: 2025 });
    let status = await c.invoke('rollover.status', { reportId: id });
    const measures = status.parts.find((p) => p.heading.includes('主要举措和成效'))!;
    expect(measures).toMatchObject({ state: 'stale', lastYearShare: 1, figures: 6, similar: true });
    expect(status.planItems.map((i) => [i.text, i.status])).toEqual([
      ['深化行政执法体制改革', 'open'],
      ['加强行政复议工作', 'open'],
    ]);
    expect(status.warnings).toContain('“2025年推进法治政府建设的主要举措和成效”仍是上年的文字（待更新），请修改或确认。');
    expect(status.warnings.join()).toContain('与上年报告有 100% 的文字相同（内容雷同）');
    expect(status.warnings).toContain('上年计划事项“加强行政复议工作”尚未说明落实情况。');

    const rewritten =
      '2025年，全县推进乡镇综合执法改革，12个乡镇全部组建综合执法队伍。深化行政复议体制改革，复议案件全部由县政府统一办理，群众满意度明显提高。';
    await saveAtCurrent(c, { id: measures.sectionId, content: stateFromParagraphs([rewritten]) });
    const shortcomings = status.parts.find((p) => p.heading.includes('不足'))!;
    status = await c.invoke('rollover.confirmSection', { sectionId: shortcomings.sectionId });
    const after = (h: string) => status.parts.find((p) => p.heading.includes(h))!;
    expect(after('主要举措和成效')).toMatchObject({ state: 'edited', figures: 0, similar: false });
    expect(after('主要举措和成效').lastYearShare).toBeLessThan(0.5);
    expect(after('不足')).toMatchObject({ state: 'confirmed', figures: 0 });

    const [first, second] = status.planItems;
    const marked = await c.invoke('rollover.markPlanItem', {
      id: first!.id,
      status: 'reported',
      sectionId: measures.sectionId,
      paragraph: 0,
    });
    expect(marked).toMatchObject({ status: 'reported', excerpt: rewritten.slice(0, 60) });
    const refused = await c.call('rollover.markPlanItem', { id: second!.id, status: 'not-done' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(!refused.ok && refused.error.message).toContain('请填写未落实的原因');
    await c.invoke('rollover.markPlanItem', { id: second!.id, status: 'not-done', reason: '上级改革方案尚未出台' });
    status = await c.invoke('rollover.status', { reportId: id });
    expect(status.warnings.join()).not.toContain('上年计划事项');
    expect(status.planItems[1]).toMatchObject({ status: 'not-done', reason: '上级改革方案尚未出台' });
  });

  it('the checks report unanswered plan items and stale, similar parts until they are dealt with', async () => {
    const { c, source } = await lastYear();
    const { id } = await c.invoke('rollover.create', { reportId: source, year: 2025 });
    const rolloverFindings = async () =>
      (await c.invoke('checks.runReport', { reportId: id })).findings.filter((f) => f.rule.startsWith('rollover-'));
    const before = await rolloverFindings();
    const detail = await c.invoke('reports.get', { id });
    const measuresId = detail.sections.find((s) => s.partId === 'measures')!.id;
    const planFindings = before.filter((f) => f.rule === 'rollover-plan-item');
    expect(planFindings.map((f) => [f.excerpt, f.sectionId, f.severity, f.category])).toEqual([
      ['深化行政执法体制改革', measuresId, 'warning', '结构'],
      ['加强行政复议工作', measuresId, 'warning', '结构'],
    ]);
    expect(planFindings[1]!.message).toContain('上年计划事项“加强行政复议工作”尚未说明落实情况');
    expect(before.filter((f) => f.rule === 'rollover-similar' && f.sectionId === measuresId)).toHaveLength(1);
    expect(before.filter((f) => f.rule === 'rollover-stale').length).toBeGreaterThanOrEqual(3);

    const status = await c.invoke('rollover.status', { reportId: id });
    for (const item of status.planItems) {
      await c.invoke('rollover.markPlanItem', { id: item.id, status: 'not-done', reason: '上级方案尚未出台' });
    }
    await saveAtCurrent(c, {
      id: measuresId,
      content: stateFromParagraphs(['2025年，全县推进乡镇综合执法改革，12个乡镇全部组建综合执法队伍，群众满意度明显提高。']),
    });
    const after = await rolloverFindings();
    expect(after.filter((f) => f.rule === 'rollover-plan-item')).toEqual([]);
    expect(after.filter((f) => f.sectionId === measuresId)).toEqual([]);
  });

  it('a report that was not rolled over gets no rollover findings', async () => {
    const { c, source } = await lastYear();
    const findings = (await c.invoke('checks.runReport', { reportId: source })).findings;
    expect(findings.filter((f) => f.rule.startsWith('rollover-'))).toEqual([]);
  });

  it('carries attachments over (years moved on) and lists last year’s statistics table as 待更新 with its two figures (the year is moved on, not marked)', async () => {
    const { c, source } = await lastYear();
    const table = await c.invoke('sections.addAttachment', { reportId: source, heading: '2024年行政执法数据统计表' });
    await saveAtCurrent(c, { id: table.id, content: stateFromParagraphs(['2024年办理行政处罚案件318件，行政复议案件57件。']) });
    const { id } = await c.invoke('rollover.create', { reportId: source, year: 2025 });
    const detail = await c.invoke('reports.get', { id });
    expect(detail.sections.filter((s) => s.kind === 'attachment').map((s) => s.heading)).toEqual(['2025年行政执法数据统计表']);
    const status = await c.invoke('rollover.status', { reportId: id });
    expect(status.parts.find((p) => p.heading === '2025年行政执法数据统计表')).toMatchObject({ state: 'stale', figures: 2 });
  });

  it('gives a side-by-side diff of a part against last year', async () => {
    const { c, source } = await lastYear();
    const { id } = await c.invoke('rollover.create', { reportId: source, year: 2025 });
    const detail = await c.invoke('reports.get', { id });
    const shortcomings = detail.sections.find((s) => s.partId === 'shortcomings')!;
    await saveAtCurrent(c, { id: shortcomings.id, content: stateFromParagraphs(['基层执法力量薄弱，3个乡镇缺少法制审核人员。']) });
    const diff = await c.invoke('rollover.diff', { sectionId: shortcomings.id });
    expect(diff.lastYear).toBe('基层执法力量薄弱，5个乡镇缺少法制审核人员。');
    expect(diff.chunks).toEqual([
      { kind: 'same', text: '基层执法力量薄弱，' },
      { kind: 'removed', text: '5' },
      { kind: 'added', text: '3' },
      { kind: 'same', text: '个乡镇缺少法制审核人员。' },
    ]);
    expect(diff.share).toBeCloseTo(21 / 22, 5);
  });

  it('refuses a year that is not later, and changes nothing', async () => {
    const { c, source } = await lastYear();
    const result = await c.call('rollover.create', { reportId: source, year: 2024 });
    expect(result).toMatchObject({ ok: false, error: { message: '新报告的年度应晚于上年报告的年度（2024年）。' } });
    expect(await c.invoke('reports.list', {})).toHaveLength(1);
  });

  it('keeps the plan paragraph link readable', async () => {
    const { c, source } = await lastYear();
    const { id } = await c.invoke('rollover.create', { reportId: source, year: 2025 });
    const plans = (await c.invoke('reports.get', { id })).sections.find((s) => s.partId === 'plans')!;
    expect(toBlocks(plans.content).map((b) => [b.kind, blockText(b)])[0]).toEqual(['heading', '深化行政执法体制改革']);
  });
});

describe('rollover of an imported report', () => {
  it('turns the 下步打算 of the imported danjiangkou 2018 report into the 2019 checklist', async () => {
    const c = createTestCore();
    cores.push(c);
    const text = fs.readFileSync(path.join(EXAMPLES, 'danjiangkou-2018-yifa-xingzheng-report.txt'), 'utf8');
    const { id } = await c.invoke('import.save', { source: { type: 'text', text } });
    const result = await c.invoke('rollover.create', { reportId: id, year: 2019 });
    expect(result.planItems).toBe(6);
    const next = await c.invoke('reports.get', { id: result.id });
    expect(next.report).toMatchObject({ title: '丹江口市2019年依法行政工作报告', reportDate: '2019-12-10', templateId: 'yifa-report' });
    const status = await c.invoke('rollover.status', { reportId: result.id });
    expect(status.planItems.map((i) => i.text)).toEqual([
      '进一步完善行政决策机制',
      '进一步强化依法行政考核',
      '进一步加强规范性文件管理工作',
      '进一步加强法制宣传力度',
      '进一步完善监督机制',
      '进一步加强政府法制队伍建设',
    ]);
    expect(status.parts.find((p) => p.heading === '2019年度依法行政工作回顾')).toMatchObject({ state: 'stale' });
  });
});
