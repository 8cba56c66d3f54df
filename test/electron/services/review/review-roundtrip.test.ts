import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/services/core';
import type { ReviewChange } from '../../../../shared/review/review-schema';
import { createReport } from '../export/fixtures';
import { reviewedDocx } from './reviewed-fixture';
import { D1, D2, edits, setup } from './review-scenario';

let opened: Core | undefined;
afterEach(() => opened?.close());
const keep = <T extends { core: Core }>(s: T): T => ((opened = s.core), s);

const find = (changes: ReviewChange[], kind: ReviewChange['kind'], text: string) => changes.find((c) => c.kind === kind && c.text === text);

describe.each(['word', 'wps'] as const)('reviewed .docx in the %s dialect', (dialect) => {
  it('finds every change in its section and place, with author and date', async () => {
    const { core, reportId, a, b, c, exported } = await setup().then(keep);
    const file = await reviewedDocx(exported, edits(dialect), dialect);
    const result = await core.invoke('review.importPreview', { reportId, base64: file.toString('base64') });
    const changes = result.changes;
    expect(result.versionNumber).toBeGreaterThan(0);

    const edit = changes.find((x) => x.kind === 'edit' && x.sectionId === a.id)!;
    expect(edit).toMatchObject({ text: '十三', replaced: '十二', author: '张科长', tracked: true, applicable: true });
    expect(edit.context).toBe('年我局共办理行政复议案件【十二】件，全部按期办结。');
    if (dialect === 'word') expect(edit.date).toBe(D1);

    const linked = find(changes, 'insert', '专题')!;
    expect(linked).toMatchObject({ sectionId: b.id, author: '王主任', date: D2, applicable: true });
    expect(linked.context).toBe('全年组织【专题】法治培训三次，参训人员三');

    const untracked = changes.find((x) => !x.tracked && x.sectionId === b.id)!;
    expect(untracked).toMatchObject({ kind: 'edit', text: '三', replaced: '二', author: '刘处长' });
    expect(untracked.context).toContain('参训人员【二】百余人次');

    const moves = changes.filter((x) => x.kind === 'move');
    expect(moves.map((m) => [m.text, m.sectionId])).toEqual([
      ['继续', b.id],
      ['继续', b.id],
    ]);

    const newParagraph = find(changes, 'insert', '同时健全考核评价机制。')!;
    expect(newParagraph).toMatchObject({ sectionId: b.id, author: '王主任' });

    const inTable = changes.find((x) => x.sectionId === c.id && x.kind === 'edit')!;
    expect(inTable).toMatchObject({ text: '十三', replaced: '十二', applicable: false });
    expect(inTable.note).toContain('表格');

    const comment = find(changes, 'comment', '请核对办结率。')!;
    expect(comment).toMatchObject({ sectionId: a.id, author: '王主任', replaced: '全部按期办结', replyTo: null });
    const reply = find(changes, 'comment', '已核对，全部办结。')!;
    expect(reply).toMatchObject({ sectionId: a.id, author: '李科员' });
    expect(changes[reply.replyTo!]).toBe(comment);
  });

  it('records the changes as suggestions; accept writes the text, reject keeps it', async () => {
    const { core, reportId, a, b, exported } = await setup().then(keep);
    const file = await reviewedDocx(exported, edits(dialect), dialect);
    const applied = await core.invoke('review.importApply', { reportId, base64: file.toString('base64') });
    expect(applied.recorded.comments).toBe(2);
    const before = await core.invoke('reports.get', { id: reportId });
    expect(before.sections.find((s) => s.id === a.id)!.plainText).toContain('十二件');

    const { suggestions, comments } = await core.invoke('review.state', { reportId });
    expect(comments.find((x) => x.parentId)?.text).toBe('已核对，全部办结。');
    const edit = suggestions.find((s) => s.sectionId === a.id && s.kind === 'edit')!;
    const revision = before.sections.find((s) => s.id === a.id)!.revision;
    await core.invoke('review.accept', { suggestionId: edit.id, baseRevision: revision });
    const linked = suggestions.find((s) => s.replacement === '专题')!;
    await core.invoke('review.reject', { suggestionId: linked.id });
    const rest = await core.invoke('review.decideMany', { reportId, decision: 'accept', sectionId: b.id });
    expect(rest.failed).toEqual([]);

    const after = await core.invoke('reports.get', { id: reportId });
    expect(after.sections.find((s) => s.id === a.id)!.plainText).toBe('今年我局共办理行政复议案件十三件，全部按期办结。');
    expect(after.sections.find((s) => s.id === b.id)!.plainText).toBe(
      '全年组织法治培训三次，参训人员三百余人次。\n下一步将完善制度建设，继续加强队伍建设。\n同时健全考核评价机制。',
    );
    await expect(core.invoke('review.accept', { suggestionId: edit.id })).rejects.toThrow(/已经处理过/);
  });
});

describe('matching a file to its report', () => {
  it('every export names its report and version in custom properties', async () => {
    const { core, reportId, exported } = await setup().then(keep);
    const custom = await (await JSZip.loadAsync(exported)).file('docProps/custom.xml')!.async('string');
    const [version] = await core.invoke('versions.list', { reportId });
    expect(custom).toContain(`<vt:lpwstr>${reportId}</vt:lpwstr>`);
    expect(custom).toContain(`<vt:lpwstr>${version!.id}</vt:lpwstr>`);
  });

  it('a file of another report gets a clear message and changes nothing', async () => {
    const { core, exported } = await setup().then(keep);
    const other = await createReport(core, '区司法局');
    await expect(core.invoke('review.importPreview', { reportId: other.report.id, base64: exported.toString('base64') })).rejects.toThrow(
      /不是本报告导出的审阅稿/,
    );
    await expect(
      core.invoke('review.importPreview', { reportId: other.report.id, base64: Buffer.from('not a zip').toString('base64') }),
    ).rejects.toThrow(/不是有效的 Word/);
  });
});
