import { afterEach, describe, expect, it } from 'vitest';
import { sectionsInReadingOrder } from '../../../../shared/outline';
import { stateFromParagraphs } from '../../../../shared/rich-text';
import { createTestCore, LOCAL_TEMPLATE, MANDATORY_PARTS, saveAtCurrent } from '../../../helpers';

const cores: Array<ReturnType<typeof createTestCore>> = [];
function core(dbPath?: string) {
  const c = createTestCore(dbPath);
  cores.push(c);
  return c;
}
afterEach(() => {
  while (cores.length) cores.pop()!.close();
});

async function newReport(c = core()) {
  const detail = await c.invoke('reports.create', {
    templateId: LOCAL_TEMPLATE,
    agency: '市政务服务和大数据管理局',
    year: 2024,
    reportDate: '2025-01-07',
  });
  return { c, detail };
}

describe('reports', () => {
  it('creates a report from the template: title, opening and the five parts in order, all empty', async () => {
    const { detail } = await newReport();
    expect(detail.report.title).toBe('市政务服务和大数据管理局关于2024年法治政府建设情况的报告');
    expect(detail.report).toMatchObject({ year: 2024, reportDate: '2025-01-07', status: 'draft', kind: 'fazhi-annual' });
    const order = sectionsInReadingOrder(detail.sections);
    expect(order[0]!.section.kind).toBe('opening');
    const parts = order.filter((e) => e.level === 1);
    expect(parts.map((e) => e.section.partId)).toEqual(MANDATORY_PARTS);
    expect(parts.map((e) => e.number)).toEqual(['一、', '二、', '三、', '四、', '五、']);
    expect(parts[0]!.section.heading).toBe('2024年推进法治政府建设的主要举措和成效');
    expect(parts[3]!.section.heading).toContain('2025年');
    expect(parts.every((e) => e.section.required && e.section.state === 'empty')).toBe(true);
  });

  it('lists reports newest year first', async () => {
    const c = core();
    await c.invoke('reports.create', { templateId: LOCAL_TEMPLATE, agency: '甲', year: 2022, reportDate: null });
    await c.invoke('reports.create', { templateId: 'yifa-report', agency: '乙', year: 2024, reportDate: null });
    const list = await c.invoke('reports.list', {});
    expect(list.map((r) => [r.year, r.templateName])).toEqual([
      [2024, '依法行政工作报告'],
      [2022, '法治政府建设年度报告（地方政府）'],
    ]);
  });

  it('saves section text and shows exactly the same text after the app is reopened', async () => {
    const { c, detail } = await newReport();
    const measures = detail.sections.find((s) => s.partId === 'measures')!;
    const text = ['2024年，我局坚持以习近平法治思想为指导，全面推进依法行政。', '全年办理行政复议案件12件。'];
    const saved = await saveAtCurrent(c, { id: measures.id, content: stateFromParagraphs(text) });
    expect(saved).toMatchObject({ charCount: 45, state: 'in-progress', revision: 1 });
    c.close();
    cores.pop();

    const reopened = core(c.dbPath);
    const again = await reopened.invoke('reports.get', { id: detail.report.id });
    const section = again.sections.find((s) => s.id === measures.id)!;
    expect(section.plainText).toBe(text.join('\n'));
    expect(section.content).toEqual(stateFromParagraphs(text));
  });

  it('a section is complete only when marked so and not empty', async () => {
    const { c, detail } = await newReport();
    const other = detail.sections.find((s) => s.partId === 'other')!;
    expect((await c.invoke('sections.setComplete', { id: other.id, complete: true })).state).toBe('empty');
    expect((await saveAtCurrent(c, { id: other.id, content: stateFromParagraphs(['无。']) })).state).toBe('complete');
  });

  it('refuses to remove a required part, and removes an added one', async () => {
    const { c, detail } = await newReport();
    const leaders = detail.sections.find((s) => s.partId === 'leaders')!;
    await expect(c.invoke('sections.remove', { id: leaders.id })).rejects.toThrow(/必备部分，不能删除/);
    const extra = await c.invoke('sections.add', { reportId: detail.report.id, parentId: null, heading: '对上级的意见建议', partId: null });
    await c.invoke('sections.remove', { id: extra.id });
    const after = await c.invoke('reports.get', { id: detail.report.id });
    expect(after.sections.map((s) => s.id)).toContain(leaders.id);
    expect(after.sections.map((s) => s.id)).not.toContain(extra.id);
  });

  it('adds, renames and reorders subsections; renumbering follows', async () => {
    const { c, detail } = await newReport();
    const measures = detail.sections.find((s) => s.partId === 'measures')!;
    const a = await c.invoke('sections.add', {
      reportId: detail.report.id,
      parentId: measures.id,
      heading: '深入学习贯彻习近平法治思想',
      partId: 'xuexi',
    });
    const b = await c.invoke('sections.add', {
      reportId: detail.report.id,
      parentId: measures.id,
      heading: '严格规范公正文明执法',
      partId: null,
    });
    await c.invoke('sections.rename', { id: b.id, heading: '全面推进严格规范公正文明执法', baseRevision: b.revision });
    await c.invoke('sections.move', { id: b.id, direction: 'up' });
    const order = sectionsInReadingOrder((await c.invoke('reports.get', { id: detail.report.id })).sections);
    const subs = order.filter((e) => e.level === 2).map((e) => `${e.number}${e.section.heading}`);
    expect(subs).toEqual(['（一）全面推进严格规范公正文明执法', '（二）深入学习贯彻习近平法治思想']);
    await expect(c.invoke('sections.move', { id: b.id, direction: 'up' })).rejects.toThrow(/最前面/);
    expect(a.kind).toBe('subsection');
  });

  it('keeps the five mandatory parts in their order, but lets added parts move', async () => {
    const { c, detail } = await newReport();
    const leaders = detail.sections.find((s) => s.partId === 'leaders')!;
    await expect(c.invoke('sections.move', { id: leaders.id, direction: 'up' })).rejects.toThrow(/先后顺序/);
    const extra = await c.invoke('sections.add', { reportId: detail.report.id, parentId: null, heading: '其他重要事项', partId: null });
    await c.invoke('sections.move', { id: extra.id, direction: 'up' });
    const parts = sectionsInReadingOrder((await c.invoke('reports.get', { id: detail.report.id })).sections).filter((e) => e.level === 1);
    expect(parts.map((e) => e.section.heading).slice(-2)).toEqual(['其他重要事项', '其他需要报告的情况']);
  });

  it('a signed-off (定稿) report is read-only until reopened', async () => {
    const { c, detail } = await newReport();
    const opening = detail.sections.find((s) => s.kind === 'opening')!;
    await c.invoke('reports.update', { id: detail.report.id, status: 'final', reason: '领导已签批' });
    await expect(saveAtCurrent(c, { id: opening.id, content: stateFromParagraphs(['改']) })).rejects.toThrow(/已定稿/);
    await expect(c.invoke('reports.update', { id: detail.report.id, title: '新标题' })).rejects.toThrow(/已定稿/);
    await c.invoke('reports.update', { id: detail.report.id, status: 'draft', reason: '补充数据' });
    expect((await saveAtCurrent(c, { id: opening.id, content: stateFromParagraphs(['改']) })).charCount).toBe(1);
  });

  it('deleting a report deletes its sections', async () => {
    const { c, detail } = await newReport();
    await c.invoke('reports.delete', { id: detail.report.id });
    expect(c.db.prepare('SELECT COUNT(*) AS n FROM sections').get()).toEqual({ n: 0 });
    await expect(c.invoke('reports.get', { id: detail.report.id })).rejects.toThrow(/找不到/);
  });

  it('a report keeps its template even after the user template it came from is deleted', async () => {
    const c = core();
    const mine = await c.invoke('templates.copy', { id: 'yifa-report', name: '我的依法行政模板' });
    const detail = await c.invoke('reports.create', { templateId: mine.id, agency: '某局', year: 2024, reportDate: null });
    await c.invoke('templates.delete', { id: mine.id });
    const again = await c.invoke('reports.get', { id: detail.report.id });
    expect(again.template.name).toBe('我的依法行政模板');
  });
});
