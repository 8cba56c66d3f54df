import { saveAtCurrent } from '../../../helpers';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../../../electron/services/export/docx-document';
import { renderHtml } from '../../../../electron/services/export/html';
import { listMarker } from '../../../../electron/services/export/list-numbers';
import { renderPrintHtml } from '../../../../electron/services/export/print-html';
import { defaultExportSettings, type ExportSettings } from '../../../../shared/export-settings';
import { createTestCore } from '../../../helpers';
import { createReport, H3, H4, P, state } from './fixtures';

/** Issue 13 (7): lists take the numbering level below the heading they stand under, or 一是……二是……. */

const core = createTestCore();
afterAll(() => core.close());

const text = (t: string) => ({ type: 'text', version: 1, text: t, format: 0, detail: 0, mode: 'normal', style: '' });
interface ListNode {
  type: 'list';
  listType: string;
  version: number;
  children: unknown[];
}
const list = (kind: 'number' | 'bullet', items: Array<string | ListNode>): ListNode => ({
  type: 'list',
  listType: kind,
  version: 1,
  children: items.map((it) => ({
    type: 'listitem',
    version: 1,
    children: typeof it === 'string' ? [text(it)] : [it],
  })),
});

async function reportWithLists() {
  const detail = await createReport(core);
  const parts = detail.sections.filter((s) => s.kind === 'part');
  const sub = await core.invoke('sections.add', {
    reportId: detail.report.id,
    parentId: parts[0]!.id,
    heading: '健全依法行政制度体系',
    partId: null,
  });
  const content = state([
    P('在（一）之下的列表：'),
    list('number', ['甲项工作', '乙项工作']) as never,
    H3('规范行使行政裁量权'),
    list('number', ['制定裁量基准', '公开裁量基准']) as never,
    H4('细化裁量情形'),
    list('bullet', ['情形一', '情形二']) as never,
    H3('加强执法监督'),
    list('bullet', ['开展评查', list('number', ['抽查案卷']) as never]) as never,
  ]);
  await saveAtCurrent(core, { id: sub.id, content });
  await saveAtCurrent(core, { id: parts[1]!.id, content: state([list('bullet', ['直接在一、之下']) as never]) });
  return core.invoke('reports.get', { id: detail.report.id });
}

/** Paragraph texts of the body in order, from document.xml. */
function docxParagraphs(buffer: Buffer): string[] {
  const xml = strFromU8(unzipSync(new Uint8Array(buffer))['word/document.xml']!);
  return xml.split('<w:p>').map((p) => [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
}

const htmlParagraphs = (html: string) => [...html.matchAll(/<(p|h\d)[^>]*>([\s\S]*?)<\/\1>/g)].map((m) => m[2]!.replace(/<[^>]+>/g, ''));

describe('list numbers', () => {
  it('the level below: under 一、 （一）, under （一） 1., under 1. （1）, under （1） ①; nested one further', () => {
    expect(listMarker(1, 0, 2, 'level')).toBe('（二）');
    expect(listMarker(2, 0, 1, 'level')).toBe('1.');
    expect(listMarker(3, 0, 3, 'level')).toBe('（3）');
    expect(listMarker(4, 0, 1, 'level')).toBe('①');
    expect(listMarker(3, 1, 1, 'level')).toBe('①');
    expect(listMarker(0, 0, 1, 'level')).toBe('（一）');
    expect(listMarker(3, 0, 21, 'level')).toBe('（21）');
    expect(listMarker(4, 0, 21, 'level')).toBe('（21）');
    expect(listMarker(2, 0, 12, 'yishi')).toBe('十二是');
  });

  for (const [name, settings] of [
    ['level', {}],
    ['yishi', { listNumbering: 'yishi' }],
  ] as const) {
    it(`.docx, web page and print layout number them alike (${name})`, async () => {
      const detail = await reportWithLists();
      const s: ExportSettings = { ...defaultExportSettings(), ...settings };
      const expected =
        name === 'level'
          ? [
              '1.甲项工作',
              '2.乙项工作',
              '（1）制定裁量基准',
              '（2）公开裁量基准',
              '①情形一',
              '②情形二',
              '（1）开展评查',
              '①抽查案卷',
              '（一）直接在一、之下',
            ]
          : [
              '一是甲项工作',
              '二是乙项工作',
              '一是制定裁量基准',
              '二是公开裁量基准',
              '一是情形一',
              '二是情形二',
              '一是开展评查',
              '一是抽查案卷',
              '一是直接在一、之下',
            ];
      const items = (paragraphs: string[]) => paragraphs.filter((p) => /(甲项|乙项|裁量基准|情形[一二]|开展评查|抽查案卷|直接在)/.test(p));
      expect(items(docxParagraphs(await renderDocx(detail, s)))).toEqual(expected);
      expect(items(htmlParagraphs(renderHtml(detail, s)))).toEqual(expected);
      expect(items(htmlParagraphs(renderPrintHtml(detail, s)))).toEqual(expected);
    });
  }
});
