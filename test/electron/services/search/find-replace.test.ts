import { afterEach, describe, expect, it } from 'vitest';
import { stateFromParagraphs, toPlainText } from '../../../../shared/rich-text';
import { createTestCore, LOCAL_TEMPLATE, saveAtCurrent } from '../../../helpers';

const cores: Array<ReturnType<typeof createTestCore>> = [];
afterEach(() => {
  while (cores.length) cores.pop()!.close();
});

async function report() {
  const core = createTestCore();
  cores.push(core);
  const detail = await core.invoke('reports.create', {
    templateId: LOCAL_TEMPLATE,
    agency: '市司法局',
    year: 2024,
    reportDate: '2025-01-07',
  });
  const parts = detail.sections.filter((s) => s.kind === 'part');
  await saveAtCurrent(core, {
    id: parts[0]!.id,
    content: stateFromParagraphs(['2024年共办理案件12件。', '2024年度计划全部完成。']),
  });
  await saveAtCurrent(core, { id: parts[1]!.id, content: stateFromParagraphs(['截至2024年底，２０２４年…']) });
  return { core, detail: await core.invoke('reports.get', { id: detail.report.id }), parts };
}

describe('find.replace in the core', () => {
  it('replace all over the whole report (title, headings, text; years only, full/half width): one step, a version first, undone by restoring it', async () => {
    const { core, detail, parts } = await report();
    const revisions = Object.fromEntries(detail.sections.map((s) => [s.id, s.revision]));
    const result = await core.invoke('find.replace', {
      reportId: detail.report.id,
      query: '2024年',
      replacement: '2025年',
      options: { yearsOnly: true, widthInsensitive: true },
      baseRevisions: revisions,
    });
    const after = result.detail;
    expect(after.report.title).toBe('市司法局关于2025年法治政府建设情况的报告');
    const first = after.sections.find((s) => s.id === parts[0]!.id)!;
    expect(first.heading).toContain('2025年推进法治政府建设');
    expect(toPlainText(first.content)).toBe('2025年共办理案件12件。\n2024年度计划全部完成。');
    expect(toPlainText(after.sections.find((s) => s.id === parts[1]!.id)!.content)).toBe('截至2025年底，2025年…');
    expect(result.replaced).toBeGreaterThanOrEqual(5);
    const versions = await core.invoke('versions.list', { reportId: detail.report.id });
    expect(versions[0]!.id).toBe(result.versionId);
    expect(versions[0]!.reason).toContain('全部替换前自动保存');

    await core.invoke('versions.restore', { reportId: detail.report.id, versionId: result.versionId!, sectionId: null });
    const undone = await core.invoke('reports.get', { id: detail.report.id });
    expect(undone.report.title).toBe(detail.report.title);
    expect(undone.sections.map((s) => [s.heading, toPlainText(s.content)])).toEqual(
      detail.sections.map((s) => [s.heading, toPlainText(s.content)]),
    );
  });

  it('replace one hit, in the current section only; a stale revision is refused and nothing changes', async () => {
    const { core, detail, parts } = await report();
    const id = parts[1]!.id;
    const base = { [id]: detail.sections.find((s) => s.id === id)!.revision };
    const one = await core.invoke('find.replace', {
      reportId: detail.report.id,
      query: '2024年',
      replacement: '2025年',
      sectionIds: [id],
      target: { place: { kind: 'content', sectionId: id }, index: 1 },
      baseRevisions: base,
    });
    expect(one.replaced).toBe(1);
    expect(one.versionId).toBeNull();
    expect(toPlainText(one.detail.sections.find((s) => s.id === id)!.content)).toBe('截至2024年底，2025年…');
    expect(one.detail.report.title).toBe(detail.report.title);
    await expect(
      core.invoke('find.replace', { reportId: detail.report.id, query: '2024年', replacement: 'x', sectionIds: [id], baseRevisions: base }),
    ).rejects.toThrow(/已被修改，请重新查找/);
  });

  it('refused on a 定稿 report, with the reason', async () => {
    const { core, detail } = await report();
    await core.invoke('versions.setStatus', { reportId: detail.report.id, status: 'review', reason: '' });
    await core.invoke('versions.setStatus', { reportId: detail.report.id, status: 'final', reason: '领导已签批' });
    await expect(core.invoke('find.replace', { reportId: detail.report.id, query: '2024年', replacement: '2025年' })).rejects.toThrow(
      /已定稿，不能替换/,
    );
  });
});
