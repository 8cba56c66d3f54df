import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../../../electron/services/export/docx-document';
import { renderPrintHtml } from '../../../../electron/services/export/print-html';
import { defaultExportSettings, type ExportSettings } from '../../../../shared/export-settings';
import type { ReportDetail } from '../../../../shared/report-schema';
import { createTestCore } from '../../../helpers';
import { longReport, shortReport } from './fixtures';
import { BLOCK, bodyLines, chars, chromiumPdfFile, docxText, pageNumberLine, pdfBodyText, pdfFontNames, printedLines } from './pdf-measure';
import { pdfInfo, savePagePngs, type Page } from './render';

/** The PDF export as the browser mode and the CLI print it (headless Chromium), measured with poppler. */

const ONE_PAGE_NUMBER_CHAR = 14;

const core = createTestCore();
afterAll(() => core.close());

async function print(name: string, detail: ReportDetail, settings: Partial<ExportSettings> = {}) {
  const s = { ...defaultExportSettings(), ...settings };
  const pdf = await chromiumPdfFile(renderPrintHtml(detail, s), name);
  return { pdf, info: pdfInfo(pdf), pages: printedLines(pdf), docx: await renderDocx(detail, s) };
}

function expectPageNumbers(pages: Page[]) {
  pages.forEach((page, i) => {
    const n = pageNumberLine(page);
    expect(n?.text.replace(/\s/g, ''), `page ${i + 1}`).toBe(`—${i + 1}—`);
    // Odd pages: right, one 14 pt character in from the text block; even pages: left.
    if ((i + 1) % 2 === 1) expect(Math.abs(n!.xMax - (BLOCK.right - ONE_PAGE_NUMBER_CHAR)), `page ${i + 1}`).toBeLessThan(2);
    else expect(Math.abs(n!.xMin - (BLOCK.left + ONE_PAGE_NUMBER_CHAR)), `page ${i + 1}`).toBeLessThan(2);
  });
}

/** Where two long texts part, with some context (a whole 40-page text would bury the message). */
function firstDifference(pdf: string, docx: string): string | null {
  if (pdf === docx) return null;
  let at = 0;
  while (pdf[at] === docx[at]) at++;
  return `character ${at}: PDF …${pdf.slice(Math.max(0, at - 20), at + 20)}… / .docx …${docx.slice(Math.max(0, at - 20), at + 20)}…`;
}

/** Lines that run from the left edge of the text block to its right edge (headings hold digits). */
const fullLines = (pages: Page[]) =>
  pages.flatMap(bodyLines).filter((l) => Math.abs(l.xMin - BLOCK.left) < 2 && BLOCK.right - l.xMax < 3 && !/\d/.test(l.text));

describe('PDF printed by Chromium: a short report', () => {
  let r: Awaited<ReturnType<typeof print>>;
  beforeAll(async () => {
    r = await print('pdf-chromium-short', await shortReport(core));
  }, 120_000);

  it('is A4 and keeps PNGs of pages 1 and 2', () => {
    expect(r.info.widthPt).toBeCloseTo(595.3, 0);
    expect(r.info.heightPt).toBeCloseTo(841.9, 0);
    const pngs = savePagePngs(r.pdf, 'pdf-chromium-short');
    expect(pngs.length).toBe(2);
    for (const png of pngs) expect(fs.statSync(png).size).toBeGreaterThan(10_000);
  });

  it('sets 28 characters on every full body line and 26 after the 2-character indent', () => {
    const full = fullLines(r.pages);
    expect(full.length).toBeGreaterThan(8);
    for (const line of full) expect(chars(line.text), line.text).toBe(28);
    const indented = r.pages
      .flatMap(bodyLines)
      .filter((l) => Math.abs(l.xMin - BLOCK.left - 31.5) < 2 && BLOCK.right - l.xMax < 3 && !/\d/.test(l.text));
    expect(indented.length).toBeGreaterThan(4);
    for (const line of indented) expect(chars(line.text), line.text).toBe(26);
  });

  it('prints 「— N —」 on every page, right on odd and left on even pages', () => {
    expect(r.pages.length).toBeGreaterThanOrEqual(2);
    expectPageNumbers(r.pages);
  });

  it('has the same headings, paragraphs, table cells and closing as the .docx export, in the same order', async () => {
    const expected = await docxText(r.docx);
    expect(expected).toContain('一、2024年推进法治政府建设的主要举措和成效');
    expect(firstDifference(pdfBodyText(r.pages), expected)).toBeNull();
  });

  it('title split into two centred lines like the .docx; fonts: 黑体 (Sans), 楷体 (UKai), 仿宋 (Serif), 小标宋 (Serif Bold), digits Times', () => {
    const [first, second] = r.pages[0]!.lines;
    expect([first!.text.replace(/\s/g, ''), second!.text.replace(/\s/g, '')]).toEqual(['市司法局关于2024年', '法治政府建设情况的报告']);
    for (const l of [first!, second!]) expect(Math.abs((l.xMin + l.xMax) / 2 - (BLOCK.left + BLOCK.right) / 2)).toBeLessThan(3);
    // Each of these faces is used by one level only, so its presence proves that level's font.
    expect(pdfFontNames(r.pdf)).toEqual(
      expect.arrayContaining(['NotoSansCJKsc-Regular', 'UKaiCN', 'NotoSerifCJKsc-Regular', 'NotoSerifCJKsc-Bold', 'LiberationSerif']),
    );
  });

  it('closing: signature, then the date whose first character is 2 characters right of the signature’s', () => {
    const last = r.pages[r.pages.length - 1]!.lines;
    const sig = last.find((l) => l.text === '市司法局')!;
    const date = last.find((l) => l.text.replace(/\s/g, '') === '2025年1月7日')!;
    expect(date.yMin).toBeGreaterThan(sig.yMin);
    expect(date.xMin - sig.xMin).toBeCloseTo(31.5, -0.5);
    // The date is longer than the signature less 2 characters: it ends 2 characters from the right edge.
    expect(BLOCK.right - date.xMax).toBeCloseTo(31.5, -0.5);
  });

  it('no page numbers when the setting is off', async () => {
    const off = await print('pdf-chromium-no-numbers', await shortReport(core), { pageNumbers: false });
    expect(off.pages.map(pageNumberLine)).toEqual(off.pages.map(() => undefined));
  }, 120_000);
});

describe('PDF printed by Chromium: a report of 40+ pages', () => {
  let r: Awaited<ReturnType<typeof print>>;
  beforeAll(async () => {
    r = await print('pdf-chromium-long', await longReport(core, 30_000));
  }, 180_000);

  it('has 40+ A4 pages, 「— N —」 on each, odd right and even left', () => {
    expect(r.info.pages).toBeGreaterThanOrEqual(40);
    expect(r.info.widthPt).toBeCloseTo(595.3, 0);
    expectPageNumbers(r.pages);
  });

  it('lays out 21–22 lines on every full page (22 at most) and 28 characters per full line', () => {
    const counts = r.pages.slice(0, -1).map((p) => bodyLines(p).length);
    for (const [i, n] of counts.entries()) expect(n, `page ${i + 1}`).toBeGreaterThanOrEqual(21);
    expect(Math.max(...counts)).toBe(22);
    const full = fullLines(r.pages);
    expect(full.length).toBeGreaterThan(500);
    expect(full.filter((l) => chars(l.text) !== 28)).toEqual([]);
  });

  it('has the same text in the same order as the .docx export', async () => {
    expect(firstDifference(pdfBodyText(r.pages), await docxText(r.docx))).toBeNull();
  });

  it('the line pitch follows the setting (28 pt, 29 pt), never more than 22 lines a page', async () => {
    for (const lineSpacing of [28, 29] as const) {
      const printed = await print(`pdf-chromium-${lineSpacing}pt`, await longReport(core, 8_000), { lineSpacing });
      const counts = printed.pages.slice(0, -1).map((p) => bodyLines(p).length);
      // 22 × 29 pt overshoots the 225 mm block by 0.2 pt, within Chromium's layout rounding: it keeps 22
      // lines where LibreOffice moves the last one over (see the README).
      expect(Math.max(...counts), `${lineSpacing} pt`).toBeLessThanOrEqual(22);
      const ys = bodyLines(printed.pages[1]!).map((l) => l.yMin);
      expect((ys[ys.length - 1]! - ys[0]!) / (ys.length - 1), `${lineSpacing} pt`).toBeCloseTo(lineSpacing, 0);
    }
  }, 120_000);
});
