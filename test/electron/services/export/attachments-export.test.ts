import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../../../electron/services/export/docx-document';
import { renderHtml } from '../../../../electron/services/export/html';
import { renderPrintHtml } from '../../../../electron/services/export/print-html';
import { defaultExportSettings } from '../../../../shared/export-settings';
import type { ReportDetail } from '../../../../shared/report-schema';
import { createTestCore, saveAtCurrent } from '../../../helpers';
import { bodyText, P, shortReport, state, tableNode } from './fixtures';
import { chromiumPdfFile, docxText, pageNumberLine, pdfBodyText, printedLines } from './pdf-measure';
import { docxToPdfFile, pdfFonts, pdfLines, savePagePngs, type Page } from './render';

/** Attachments (附件) as GB/T 9704-2012 7.3.5.3 and 8 place them, proven in the XML and in the rendered pages. */

const PT_PER_MM = 72 / 25.4;
const LEFT = 28 * PT_PER_MM;
const RIGHT = (210 - 26) * PT_PER_MM;
const TOP = 37 * PT_PER_MM;
const TEXT_BOTTOM = (297 - 35) * PT_PER_MM;
const CHAR = 15.75; // one body character as laid out (16 pt condensed by 0.25 pt)
const PITCH = 28.95;

const core = createTestCore();
afterAll(() => core.close());

const TITLES = ['2024年度行政执法数据统计表', '2024年度规范性文件制定和备案情况一览表'];

async function withAttachments(): Promise<ReportDetail> {
  const detail = await shortReport(core);
  const first = await core.invoke('sections.addAttachment', { reportId: detail.report.id, heading: TITLES[0]! });
  await saveAtCurrent(core, {
    id: first.id,
    content: state([
      tableNode([
        ['项目', '数量'],
        ['行政处罚案件', '1203'],
      ]),
    ]),
  });
  const second = await core.invoke('sections.addAttachment', { reportId: detail.report.id, heading: TITLES[1]! });
  await saveAtCurrent(core, { id: second.id, content: state([P(bodyText(2, 7))]) });
  return core.invoke('reports.get', { id: detail.report.id });
}

const paragraphs = (xml: string) => xml.match(/<w:p(?:\/>|[ >][\s\S]*?<\/w:p>)/g) ?? [];
const textOf = (p: string) => [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

describe('attachments in the .docx XML', () => {
  let doc = '';
  beforeAll(async () => {
    const docx = await renderDocx(await withAttachments(), { ...defaultExportSettings(), closingPhrase: true });
    doc = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
  });

  it('lists them after 特此报告 and before the signature: 「附件：1.×××」, the next name aligned under the first', () => {
    const texts = paragraphs(doc).map(textOf);
    const at = texts.indexOf(`附件：1.${TITLES[0]}`);
    expect(at).toBeGreaterThan(0);
    expect(texts.slice(at - 2, at + 4)).toEqual(['特此报告。', '', `附件：1.${TITLES[0]}`, `2.${TITLES[1]}`, '', '市司法局']);
    const list = paragraphs(doc).slice(at, at + 2);
    // Names start 6 characters in (2 + 「附件：」 3 + 「1.」 1): first line hangs back to 2 characters, the second to 5.
    expect(list[0]).toMatch(/<w:ind w:left="1890" w:hanging="1260"\/>/);
    expect(list[1]).toMatch(/<w:ind w:left="1890" w:hanging="315"\/>/);
  });

  it('starts each attachment on a new page: 「附件1」 in 黑体 without indent, then its title in the Title style', () => {
    const ps = paragraphs(doc);
    const texts = ps.map(textOf);
    for (const [i, title] of TITLES.entries()) {
      const label = texts.indexOf(`附件${i + 1}`);
      expect(label, title).toBeGreaterThan(texts.indexOf('2025年1月7日'));
      expect(ps[label]).toContain('<w:pageBreakBefore/>');
      expect(ps[label]).toMatch(/<w:ind w:firstLine="0"\/>/);
      expect(ps[label]).toMatch(/w:eastAsia="黑体"/);
      expect(texts[label + 1]).toBe('');
      expect(ps[label + 2]).toContain('<w:pStyle w:val="Title"/>');
      expect(texts[label + 2]).toBe(title);
    }
    expect(doc).toMatch(/附件1[\s\S]*<w:tbl>[\s\S]*行政处罚案件[\s\S]*附件2/);
  });

  it('a single attachment is 「附件：×××」 and its page says 「附件」', async () => {
    const detail = await shortReport(core);
    await core.invoke('sections.addAttachment', { reportId: detail.report.id, heading: TITLES[0]! });
    const docx = await renderDocx(await core.invoke('reports.get', { id: detail.report.id }), defaultExportSettings());
    const texts = paragraphs(await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string')).map(textOf);
    expect(texts).toContain(`附件：${TITLES[0]}`);
    expect(texts).toContain('附件');
    expect(texts.some((t) => /^附件1/.test(t))).toBe(false);
  });
});

describe('attachments in the web HTML', () => {
  it('lists them after the body and gives each a section with its label and a heading', async () => {
    const html = renderHtml(await withAttachments(), defaultExportSettings());
    expect(html).toMatch(
      new RegExp(`<p class="attachment-list">附件：1.${TITLES[0]}</p>\\s*<p class="attachment-list">2.${TITLES[1]}</p>`),
    );
    expect(html.indexOf('attachment-list')).toBeLessThan(html.indexOf('class="signature"'));
    expect(html).toMatch(
      new RegExp(
        `<section class="attachment">\\s*<p class="attachment-label">附件1</p>\\s*<h2 class="attachment-title">${TITLES[0]}</h2>\\s*<table>`,
      ),
    );
    expect(html).not.toMatch(/<script/);
  });
});

describe('attachments rendered with LibreOffice', () => {
  let pages: Page[] = [];
  let pdf = '';
  beforeAll(async () => {
    const docx = await renderDocx(await withAttachments(), defaultExportSettings());
    pdf = docxToPdfFile(docx, 'attachments');
    pages = pdfLines(pdf);
    savePagePngs(pdf, 'attachments', pages.length - 1);
  });
  const body = (p: Page) => p.lines.filter((l) => l.yMin < TEXT_BOTTOM);
  const pageStarting = (label: string) => pages.findIndex((p) => body(p)[0]?.text.replace(/\s/g, '') === label);

  it('puts each attachment on a page of its own: 「附件N」 at the top left of the text block, its title centred on line 3', () => {
    const first = pageStarting('附件1');
    const second = pageStarting('附件2');
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first);
    for (const [i, index] of [first, second].entries()) {
      const [label, title, next] = body(pages[index]!);
      expect(Math.abs(label!.xMin - LEFT), 'label at the left edge').toBeLessThan(2);
      expect(label!.yMin - TOP, 'label on line 1').toBeLessThan(PITCH);
      // A long title is split into balanced centred lines (the second one here).
      const titleLines = [title!, next!].slice(0, TITLES[i]!.length > 20 ? 2 : 1);
      expect(titleLines.map((l) => l.text.replace(/\s/g, '')).join('')).toBe(TITLES[i]);
      for (const l of titleLines) expect(Math.abs((l.xMin + l.xMax) / 2 - (LEFT + RIGHT) / 2), 'title centred').toBeLessThan(3);
      const line = Math.round((title!.yMin - label!.yMin) / PITCH) + 1;
      expect(line, 'title on line 3').toBe(3);
    }
  });

  it('keeps numbering the pages 「— N —」 through the attachments', () => {
    pages.forEach((page, i) => expect(page.lines.find((l) => l.yMin > TEXT_BOTTOM)?.text, `page ${i + 1}`).toBe(`— ${i + 1} —`));
  });

  it('indents the list 2 characters and aligns 「2.」 under 「1.」', () => {
    const lines = pages.flatMap(body);
    const one = lines.find((l) => l.text.replace(/\s/g, '').startsWith('附件：1.'))!;
    const two = lines.find((l) => l.text.replace(/\s/g, '').startsWith(`2.${TITLES[1]!.slice(0, 4)}`))!;
    expect(Math.abs(one.xMin - (LEFT + 2 * CHAR))).toBeLessThan(2);
    expect(Math.abs(two.xMin - (LEFT + 5 * CHAR))).toBeLessThan(2);
  });

  it('sets the label in 黑体 (Noto Sans CJK here) and the title in 小标宋 (Noto Serif CJK Bold here)', () => {
    const fonts = pdfFonts(pdf, pageStarting('附件1') + 1, pageStarting('附件1') + 1).join(' ');
    expect(fonts).toMatch(/Sans/);
    expect(fonts).toMatch(/Serif.*Bold|Bold.*Serif/);
  });
});

describe('attachments in the PDF (Chromium printing)', () => {
  let pages: Page[] = [];
  let docx: Buffer;
  beforeAll(async () => {
    const detail = await withAttachments();
    docx = await renderDocx(detail, defaultExportSettings());
    const pdf = await chromiumPdfFile(renderPrintHtml(detail, defaultExportSettings()), 'attachments-chromium');
    pages = printedLines(pdf);
    savePagePngs(pdf, 'attachments-chromium', pages.length - 1);
  });
  const body = (p: Page) => p.lines.filter((l) => l !== pageNumberLine(p));

  it('starts each attachment on a new page with its label at the top left and its title centred on line 3', () => {
    for (const [i, title] of TITLES.entries()) {
      const index = pages.findIndex((p) => body(p)[0]?.text.replace(/\s/g, '') === `附件${i + 1}`);
      expect(index, title).toBeGreaterThan(0);
      const [label, first] = body(pages[index]!);
      expect(Math.abs(label!.xMin - LEFT)).toBeLessThan(2);
      expect(label!.yMin - TOP).toBeLessThan(PITCH);
      expect(Math.round((first!.yMin - label!.yMin) / PITCH) + 1, 'title on line 3').toBe(3);
      expect(Math.abs((first!.xMin + first!.xMax) / 2 - (LEFT + RIGHT) / 2), 'title centred').toBeLessThan(3);
    }
  });

  it('indents the list 2 characters and aligns 「2.」 under 「1.」, as the .docx does', () => {
    const lines = pages.flatMap(body);
    const one = lines.find((l) => l.text.replace(/\s/g, '').startsWith('附件：1.'))!;
    const two = lines.find((l) => l.text.replace(/\s/g, '').startsWith(`2.${TITLES[1]!.slice(0, 4)}`))!;
    expect(Math.abs(one.xMin - (LEFT + 2 * CHAR))).toBeLessThan(2);
    expect(Math.abs(two.xMin - (LEFT + 5 * CHAR))).toBeLessThan(2);
  });

  it('has the same text, list and attachments in the same order as the .docx', async () => {
    expect(pdfBodyText(pages)).toBe(await docxText(docx));
  });
});
