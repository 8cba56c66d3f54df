import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/services/core';
import type { ReviewChange } from '../../../../shared/review/review-schema';
import { createTestCore, saveAtCurrent } from '../../../helpers';
import { createReport, P, state, tableNode } from '../export/fixtures';
import { commentEnd, commentStart, del, ins, reviewedDocx, run, type Dialect } from './reviewed-fixture';

const D1 = '2026-12-01T09:00:00Z';
const D2 = '2026-12-02T10:30:00Z';

let core: Core | undefined;
afterEach(() => core?.close());

async function setup() {
  core = createTestCore();
  const detail = await createReport(core);
  const [a, b, c] = detail.sections.filter((s) => s.kind === 'part');
  await saveAtCurrent(core, { id: a!.id, content: state([P('今年我局共办理行政复议案件十二件，全部按期办结。')]) });
  await saveAtCurrent(core, {
    id: b!.id,
    content: state([P('全年组织法治培训三次，参训人员二百余人次。'), P('下一步将继续完善制度建设，加强队伍建设。')]),
  });
  await saveAtCurrent(core, {
    id: c!.id,
    content: state([
      P('主要数据如下表。'),
      tableNode([
        ['项目', '件数'],
        ['行政复议', '十二'],
      ]),
    ]),
  });
  const exported = await core.invoke('export.docx', { reportId: detail.report.id });
  return { core, reportId: detail.report.id, a: a!, b: b!, c: c!, exported: Buffer.from(exported.base64, 'base64') };
}

function edits(dialect: Dialect) {
  const date = dialect === 'wps' ? '2026-12-01T17:00:00' : D1;
  return {
    lastModifiedBy: '刘处长',
    paragraphs: [
      // The table cell first: later edits write 十二 in a w:delText of their own.
      { find: '>十二<', inner: del(16, '张科长', date, '十二') + ins(17, '张科长', date, '十三') },
      {
        find: '今年我局共办理行政复议案件十二件',
        inner:
          run('今年我局共办理行政复议案件') +
          del(11, '张科长', date, '十二') +
          ins(12, '张科长', date, '十三') +
          run('件，') +
          commentStart(0) +
          run('全部按期办结') +
          commentEnd(0) +
          commentEnd(1).replace(/commentRangeEnd w:id="1"\/>/, 'commentRangeEnd w:id="1"/>') +
          run('。'),
      },
      {
        // A tracked insertion inside a hyperlink, and an untracked edit (二百 → 三百) in the same paragraph.
        find: '全年组织法治培训三次',
        inner:
          run('全年组织') +
          `<w:hyperlink r:id="rIdX" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${ins(13, '王主任', D2, '专题')}</w:hyperlink>` +
          run('法治培训三次，参训人员三百余人次。'),
      },
      {
        find: '下一步将继续完善制度建设',
        inner:
          run('下一步将') +
          `<w:moveFrom w:id="14" w:author="王主任" w:date="${D2}"><w:r><w:delText>继续</w:delText></w:r></w:moveFrom>` +
          run('完善制度建设，') +
          `<w:moveTo w:id="15" w:author="王主任" w:date="${D2}">${run('继续')}</w:moveTo>` +
          run('加强队伍建设。'),
      },
    ],
    newParagraphs: [{ after: '加强队伍建设', inner: ins(18, '王主任', D2, '同时健全考核评价机制。') }],
    comments: [
      { id: 0, author: '王主任', date: D2, text: '请核对办结率。' },
      { id: 1, author: '李科员', date: D2, text: '已核对，全部办结。', replyTo: 0 },
    ],
  };
}

const find = (changes: ReviewChange[], kind: ReviewChange['kind'], text: string) => changes.find((c) => c.kind === kind && c.text === text);

describe.each(['word', 'wps'] as const)('reviewed .docx in the %s dialect', (dialect) => {
  it('finds every change in its section and place, with author and date', async () => {
    const { core, reportId, a, b, c, exported } = await setup();
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
    const { core, reportId, a, b, exported } = await setup();
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
    const { core, reportId, exported } = await setup();
    const custom = await (await JSZip.loadAsync(exported)).file('docProps/custom.xml')!.async('string');
    const [version] = await core.invoke('versions.list', { reportId });
    expect(custom).toContain(`<vt:lpwstr>${reportId}</vt:lpwstr>`);
    expect(custom).toContain(`<vt:lpwstr>${version!.id}</vt:lpwstr>`);
  });

  it('a file of another report gets a clear message and changes nothing', async () => {
    const { core, exported } = await setup();
    const other = await createReport(core, '区司法局');
    await expect(core.invoke('review.importPreview', { reportId: other.report.id, base64: exported.toString('base64') })).rejects.toThrow(
      /不是本报告导出的审阅稿/,
    );
    await expect(
      core.invoke('review.importPreview', { reportId: other.report.id, base64: Buffer.from('not a zip').toString('base64') }),
    ).rejects.toThrow(/不是有效的 Word/);
  });
});
