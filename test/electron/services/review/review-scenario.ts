import { createTestCore, saveAtCurrent } from '../../../helpers';
import { createReport, P, state, tableNode } from '../export/fixtures';
import { commentEnd, commentStart, del, ins, run, type Dialect } from './reviewed-fixture';

/** One report with three sections (one with a table) and the reviewers' edits of its export. */

export const D1 = '2026-12-01T09:00:00Z';
export const D2 = '2026-12-02T10:30:00Z';

export async function setup() {
  const core = createTestCore();
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

export function edits(dialect: Dialect) {
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
