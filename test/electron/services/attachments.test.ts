import { afterEach, describe, expect, it } from 'vitest';
import { buildOutline } from '../../../shared/outline';
import { createTestCore, saveAtCurrent } from '../../helpers';
import { createReport, H3, P, state } from './export/fixtures';

const cores: Array<ReturnType<typeof createTestCore>> = [];
afterEach(() => {
  while (cores.length) cores.pop()!.close();
});
const fresh = () => {
  const core = createTestCore();
  cores.push(core);
  return core;
};

describe('attachments (附件)', () => {
  it('are added after each other, saved, renamed, moved and removed without touching the parts’ numbering', async () => {
    const core = fresh();
    const { report, sections } = await createReport(core);
    const partsBefore = buildOutline(sections).parts.map((p) => `${p.number}${p.section.heading}`);
    const a = await core.invoke('sections.addAttachment', { reportId: report.id, heading: '2024年度行政执法数据统计表' });
    const b = await core.invoke('sections.addAttachment', { reportId: report.id, heading: '规范性文件目录' });
    expect([a.kind, a.position, b.position, a.parentId]).toEqual(['attachment', 0, 1, null]);
    await saveAtCurrent(core, { id: b.id, content: state([P('共制定规范性文件3件。')]) });
    await core.invoke('sections.move', { id: b.id, direction: 'up' });
    await core.invoke('sections.rename', { id: a.id, heading: '行政执法数据统计表', baseRevision: a.revision });

    const detail = await core.invoke('reports.get', { id: report.id });
    const outline = buildOutline(detail.sections);
    expect(outline.attachments.map((s) => [s.heading, s.charCount])).toEqual([
      ['规范性文件目录', 11],
      ['行政执法数据统计表', 0],
    ]);
    expect(outline.parts.map((p) => `${p.number}${p.section.heading}`)).toEqual(partsBefore);
    // Moving past the last attachment is refused, not silently mixed with the parts.
    await expect(core.invoke('sections.move', { id: a.id, direction: 'down' })).rejects.toThrow('已经在最后面了');

    await core.invoke('sections.remove', { id: b.id });
    const after = await core.invoke('reports.get', { id: report.id });
    expect(buildOutline(after.sections).attachments.map((s) => s.heading)).toEqual(['行政执法数据统计表']);
  });

  it('are found by search, kept in versions and restored', async () => {
    const core = fresh();
    const { report } = await createReport(core);
    const a = await core.invoke('sections.addAttachment', { reportId: report.id, heading: '重大行政决策事项目录' });
    await saveAtCurrent(core, { id: a.id, content: state([P('城市轨道交通票价调整方案。')]) });
    const hits = await core.invoke('search.query', { query: '轨道交通票价' });
    expect(hits.hits.map((h) => h.sectionId)).toEqual([a.id]);

    const version = await core.invoke('versions.create', { reportId: report.id, name: '有附件' });
    await core.invoke('sections.remove', { id: a.id });
    await core.invoke('versions.restore', { reportId: report.id, versionId: version.id });
    const restored = await core.invoke('reports.get', { id: report.id });
    const back = restored.sections.filter((s) => s.kind === 'attachment');
    expect(back.map((s) => [s.heading, s.plainText])).toEqual([['重大行政决策事项目录', '城市轨道交通票价调整方案。']]);
  });

  it('cannot be added to a report that is 定稿, and a bad title gets a Chinese message', async () => {
    const core = fresh();
    const { report } = await createReport(core);
    const bad = await core.call('sections.addAttachment', { reportId: report.id, heading: '  ' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(!bad.ok && bad.error.message).toContain('标题不能为空');
    await core.invoke('reports.update', { id: report.id, status: 'final', reason: '领导已签批' });
    const refused = await core.call('sections.addAttachment', { reportId: report.id, heading: '统计表' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const detail = await core.invoke('reports.get', { id: report.id });
    expect(detail.sections.some((s) => s.kind === 'attachment')).toBe(false);
  });

  it('are proofread: a finding points into the attachment, and its numbering restarts after the body', async () => {
    const core = fresh();
    const { report, sections } = await createReport(core);
    const part = sections.find((s) => s.kind === 'part')!;
    await saveAtCurrent(core, {
      id: part.id,
      content: state([H3('健全机制'), P('正文。'), H3('强化监督'), P('正文。'), H3('推进公开'), P('正文。')]),
    });
    const a = await core.invoke('sections.addAttachment', { reportId: report.id, heading: '行政执法数据统计表' });
    await saveAtCurrent(core, { id: a.id, content: state([P('1.行政处罚案件1203件'), P('全年共办理复议案件57件。。')]) });
    const { findings } = await core.invoke('checks.runReport', { reportId: report.id });
    const inAttachment = findings.filter((f) => f.sectionId === a.id);
    expect(inAttachment.map((f) => [f.rule, f.paragraph])).toEqual([['punct.repeated', 1]]);
  });
});
