import fs from 'node:fs';
import path from 'node:path';
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import mammoth from 'mammoth';
import { afterEach, describe, expect, it } from 'vitest';
import { tableFromHtml, tableText } from '../../../../shared/import/import-table';
import { TABLE_LAYOUTS } from '../../../../shared/gov-info/layout';
import { createTestCore, REPO_ROOT } from '../../../helpers';

/**
 * What comes in goes out (issue 12): every import fixture is imported, exported to .docx, and the
 * export read back with mammoth equals the cleaned source, paragraph by paragraph — title, opening,
 * part headings with their numbers, run-in headings, tables (cell by cell), 「特此报告。」, the
 * signature and the date.
 */

const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/import');
const cores: Array<ReturnType<typeof createTestCore>> = [];
afterEach(() => {
  while (cores.length) cores.pop()!.close();
});

const decode = (t: string) =>
  t
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&quot;/gu, '"')
    .replace(/&#39;/gu, "'")
    .replace(/&amp;/gu, '&');

/** The paragraphs of a .docx as mammoth reads them; a table is one entry of tab-separated rows. */
export async function docxParagraphs(buffer: Buffer): Promise<string[]> {
  const { value: html } = await mammoth.convertToHtml({ buffer });
  const out: string[] = [];
  const re = /<table[\s\S]*?<\/table>|<(p|h[1-6])(?:\s[^>]*)?>([\s\S]*?)<\/\1>/gu;
  for (const m of html.matchAll(re)) {
    if (m[0].startsWith('<table')) out.push(tableText(tableFromHtml(m[0])));
    else {
      const text = decode(m[2]!.replace(/<br\s*\/?>/gu, '').replace(/<[^>]+>/gu, '')).trim();
      if (text) out.push(text);
    }
  }
  return out;
}

/** A .docx as an office writes it: title, addressee, parts typed with their numbers, a table, closing. */
async function docxWithTable(): Promise<Buffer> {
  const p = (text: string, opts: { center?: boolean; right?: boolean; bold?: boolean } = {}) =>
    new Paragraph({
      alignment: opts.center ? AlignmentType.CENTER : opts.right ? AlignmentType.RIGHT : undefined,
      children: [new TextRun({ text, bold: opts.bold })],
    });
  const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
  const table = new Table({
    rows: [
      ['指标', '本年', '上年'],
      ['行政处罚案件（件）', '412', '388'],
      ['行政复议案件（件）', '23', '31'],
    ].map((r) => new TableRow({ children: r.map(cell) })),
  });
  const doc = new Document({
    sections: [
      {
        children: [
          p('南山县交通运输局关于2025年法治政府建设情况的报告', { center: true, bold: true }),
          p('2025年，我局坚持依法行政，扎实推进交通运输领域法治建设。现将有关情况报告如下：'),
          p('一、2025年推进法治政府建设的主要举措和成效', { bold: true }),
          p('全年主要执法数据如下：'),
          table,
          p('执法数据较上年总体平稳。'),
          p('二、2025年党政主要负责人履行推进法治建设第一责任人职责、加强法治政府建设的有关情况', { bold: true }),
          p('局主要负责人专题研究法治建设工作3次。'),
          p('三、2025年推进法治政府建设存在的不足和原因', { bold: true }),
          p('执法信息化水平还不够高。'),
          p('四、2026年推进法治政府建设的主要安排', { bold: true }),
          p('2026年，我局将推进非现场执法。'),
          p('五、其他需要报告的情况', { bold: true }),
          p('无。'),
          p('南山县交通运输局', { right: true }),
          p('2026年1月9日', { right: true }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

type Source = {
  name: string;
  source:
    { type: 'text'; text: string } | { type: 'file'; fileName: string; base64: string } | { type: 'html'; html: string; text: string };
};

async function sources(): Promise<Source[]> {
  const texts = fs
    .readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ name: f, source: { type: 'text' as const, text: fs.readFileSync(path.join(FIXTURES, f), 'utf8') } }));
  const html = fs.readFileSync(path.join(FIXTURES, 'web-page-with-table.html'), 'utf8');
  return [
    ...texts,
    { name: 'table.docx', source: { type: 'file', fileName: 'table.docx', base64: (await docxWithTable()).toString('base64') } },
    // A page pasted with its HTML (the clipboard's text/html): its table with a merged title row.
    { name: 'web-page-with-table.html', source: { type: 'html', html, text: '' } },
  ];
}

const stripNumber = (t: string) => t.replace(/^[一二三四五六七八九十]+、/u, '');

describe('import → export round trip', async () => {
  const all = await sources();

  it('covers the fixtures the issue names', () => {
    expect(all.map((s) => s.name).sort()).toEqual([
      'gov-info-from-part-one.txt',
      'no-title-department-runin.txt',
      'npc-yifa-report.txt',
      'pasted-web-report.txt',
      'table.docx',
      'thematic-part-between.txt',
      'traditional-report.txt',
      'web-district-extra-part.txt',
      'web-page-with-table.html',
    ]);
  });

  it.each(all.map((s) => [s.name, s] as const))('%s: the export reads back as the cleaned source', async (_name, { source }) => {
    const c = createTestCore();
    cores.push(c);
    const { id, preview, tables } = await c.invoke('import.save', { source, year: 2025 });
    const detail = await c.invoke('reports.get', { id });
    const file = await c.invoke('export.docx', { reportId: id });
    let exported = await docxParagraphs(Buffer.from(file.base64, 'base64'));
    let expected = preview.title ? preview.sourceLines : [detail.report.title, ...preview.sourceLines];
    if (detail.report.kind === 'gov-info') {
      // A 政府信息公开年报 exports its three national tables (the grids) in parts 二、三、四: the
      // export adds exactly these three tables.
      const starts = Object.values(TABLE_LAYOUTS).map((l) => l.rows[0]![0]!.text);
      const grids = exported.filter((t) => starts.some((s) => s && t.startsWith(s)));
      expect(grids).toHaveLength(3);
      exported = exported.filter((t) => !grids.includes(t));
      if (tables && tables.placed > 0 && tables.unplaced.length === 0) {
        // Its own tables were read whole into those grids and are not printed twice: the source's
        // tables (rows of tab-separated cells) are the grids now, everything else reads as it came.
        expect(exported.some((t) => t.includes('\t'))).toBe(false);
        expected = expected.filter((t) => !t.includes('\t'));
      }
    }
    if (preview.missingParts.length > 0) {
      // The template's required parts the source lacks are added, empty, for the user to write:
      // they are the only paragraphs the export adds (and they renumber the parts after them).
      const empty = detail.sections.filter(
        (s) => s.kind === 'part' && s.charCount === 0 && !detail.sections.some((x) => x.parentId === s.id),
      );
      expect(empty.length).toBeGreaterThanOrEqual(preview.missingParts.length);
      // (An empty part the source had, e.g. one whose only table went into the grids, is not added.)
      const sourceHeadings = new Set(expected.map(stripNumber));
      const emptyHeadings = new Set(empty.map((s) => s.heading).filter((h) => !sourceHeadings.has(h)));
      exported = exported.map(stripNumber).filter((t) => !emptyHeadings.has(t));
      expected = expected.map(stripNumber);
    }
    // A merged cell (colspan) is one cell in the editor; the .docx writer pads its row with empty
    // cells until merges are written (issue 14): the text of every cell must come back, in order.
    const cells = (t: string) => t.replace(/\t+(?=\n|$)/gu, '');
    expect(exported.map(cells)).toEqual(expected.map(cells));
  });

  it('web page: debris gone, part 五 stays before 六, 特此报告 at the end of the body, the signature whole', async () => {
    const c = createTestCore();
    cores.push(c);
    const web = all.find((s) => s.name === 'web-district-extra-part.txt')!;
    const { id } = await c.invoke('import.save', { source: web.source });
    const file = await c.invoke('export.docx', { reportId: id });
    const exported = await docxParagraphs(Buffer.from(file.base64, 'base64'));
    expect(exported[0]).toBe('青溪市云岭区人民政府关于2025年法治政府建设情况的报告');
    expect(exported[1]).toBe('青溪市人民政府：');
    expect(exported.slice(-7)).toEqual([
      '五、对上级机关的意见建议',
      '建议市级层面加强对基层行政复议工作人员的业务培训。',
      '六、其他需要报告的事项',
      '本年度我区未发生行政机关不履行法院生效裁判的情况。',
      '特此报告。',
      '青溪市云岭区人民政府',
      '2026年2月20日',
    ]);
    expect(exported.join('\n')).not.toMatch(/发布时间|来源：|浏览次数|大 中 小|打印|关闭|扫一扫|分享|索引号|\|/u);
  });

  it('run-in headings stay run-in', async () => {
    const c = createTestCore();
    cores.push(c);
    const src = all.find((s) => s.name === 'no-title-department-runin.txt')!;
    const { id } = await c.invoke('import.save', { source: src.source });
    expect((await c.invoke('export.getSettings', { reportId: id })).runInHeadings).toBe(true);
    const exported = await docxParagraphs(Buffer.from((await c.invoke('export.docx', { reportId: id })).base64, 'base64'));
    expect(exported).toContain('1.优化机构职能。坚持权责法定，动态调整权责清单，全年梳理行政职权事项412项。');
  });

  it('a pasted web table keeps its cells and its merged title row; page debris and scripts are gone', async () => {
    const c = createTestCore();
    cores.push(c);
    const web = all.find((s) => s.name === 'web-page-with-table.html')!;
    const { id, preview } = await c.invoke('import.save', { source: web.source });
    expect(preview).toMatchObject({ kind: 'fazhi-annual', year: 2025, agency: '某县人力资源和社会保障局', date: '2026-01-22' });
    expect(preview.metadata).toMatchObject({ 来源: '某县人力资源和社会保障局', 浏览次数: '356' });
    expect(preview.sourceLines.join('\n')).not.toMatch(/首页|不是正文|打印|扫一扫/u);
    const measures = (await c.invoke('reports.get', { id })).sections.find((s) => s.partId === 'measures')!;
    const table = measures.content.root.children!.find((n) => n.type === 'table')!;
    const rows = table.children!.map((r) => r.children!.map((cell) => [cell.children![0]!.children![0]?.text, cell.colSpan]));
    expect(rows[0]).toEqual([['2025年劳动保障监察情况', 3]]);
    expect(rows[3]).toEqual([
      ['追讨欠薪', 1],
      ['51', 1],
      ['736.2', 1],
    ]);
  });

  it('keeps the table a table: rows and cells in the editor, a real table in the .docx', async () => {
    const c = createTestCore();
    cores.push(c);
    const docx = all.find((s) => s.name === 'table.docx')!;
    const { id } = await c.invoke('import.save', { source: docx.source });
    const measures = (await c.invoke('reports.get', { id })).sections.find((s) => s.partId === 'measures')!;
    const table = measures.content.root.children!.find((n) => n.type === 'table')!;
    expect(table.children!.map((r) => r.children!.map((cell) => cell.children![0]!.children![0]!.text))).toEqual([
      ['指标', '本年', '上年'],
      ['行政处罚案件（件）', '412', '388'],
      ['行政复议案件（件）', '23', '31'],
    ]);
    const xml = Buffer.from((await c.invoke('export.docx', { reportId: id })).base64, 'base64');
    const { value } = await mammoth.convertToHtml({ buffer: xml });
    expect(value.match(/<table>/gu)?.length).toBe(1);
  });
});
