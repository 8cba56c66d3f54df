import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../../../electron/services/export/docx-document';
import { defaultExportSettings } from '../../../../shared/export-settings';
import { createTestCore } from '../../../helpers';
import { longReport, shortReport } from './fixtures';
import { docxToPdfFile, pdfFonts, pdfInfo, pdfLines, savePagePngs, type Page } from './render';

/** The exported .docx laid out by LibreOffice (fonts.conf maps the official names), measured with poppler. */

const PT_PER_MM = 72 / 25.4;
const LEFT = 28 * PT_PER_MM;
const RIGHT = (210 - 26) * PT_PER_MM;
const TEXT_BOTTOM = (297 - 35) * PT_PER_MM;
const ONE_PAGE_NUMBER_CHAR = 14;

const chars = (text: string) => [...text.replace(/\s/g, '')].length;
const bodyLines = (page: Page) => page.lines.filter((l) => l.yMin < TEXT_BOTTOM);
const footer = (page: Page) => page.lines.find((l) => l.yMin > TEXT_BOTTOM);

const core = createTestCore();
afterAll(() => core.close());

async function render(name: string, build: () => Promise<Parameters<typeof renderDocx>[0]>, lineSpacing: 28 | 28.95 | 29 = 28.95) {
  const docx = await renderDocx(await build(), { ...defaultExportSettings(), lineSpacing });
  const pdf = docxToPdfFile(docx, name);
  return { pdf, info: pdfInfo(pdf), pages: pdfLines(pdf), pngs: savePagePngs(pdf, name) };
}

function expectPageNumbers(pages: Page[]) {
  pages.forEach((page, i) => {
    const n = footer(page);
    expect(n?.text, `page ${i + 1}`).toBe(`— ${i + 1} —`);
    // Odd pages: right, one 14 pt character in from the text block; even pages: left.
    if ((i + 1) % 2 === 1) expect(Math.abs(n!.xMax - (RIGHT - ONE_PAGE_NUMBER_CHAR))).toBeLessThan(2);
    else expect(Math.abs(n!.xMin - (LEFT + ONE_PAGE_NUMBER_CHAR))).toBeLessThan(2);
  });
}

/** Lines that run from the left edge of the text block to its right edge. */
const fullLines = (pages: Page[]) =>
  pages.flatMap(bodyLines).filter((l) => Math.abs(l.xMin - LEFT) < 2 && RIGHT - l.xMax < 3 && !/\d/.test(l.text));

describe('rendered with LibreOffice: a short report', () => {
  let r: Awaited<ReturnType<typeof render>>;
  beforeAll(async () => {
    r = await render('export-short', () => shortReport(core));
  }, 180_000);

  it('is A4 and keeps PNGs of pages 1 and 2', () => {
    expect(r.info.widthPt).toBeCloseTo(595.3, 0);
    expect(r.info.heightPt).toBeCloseTo(841.9, 0);
    expect(r.pngs.length).toBe(2);
    for (const png of r.pngs) expect(fs.statSync(png).size).toBeGreaterThan(10_000);
  });

  it('sets 28 characters on every full body line and 26 after the 2-character indent', () => {
    const full = fullLines(r.pages);
    expect(full.length).toBeGreaterThan(8);
    for (const line of full) expect(chars(line.text), line.text).toBe(28);
    const indented = r.pages
      .flatMap(bodyLines)
      .filter((l) => Math.abs(l.xMin - LEFT - 31.5) < 2 && RIGHT - l.xMax < 3 && !/\d/.test(l.text));
    expect(indented.length).toBeGreaterThan(4);
    for (const line of indented) expect(chars(line.text), line.text).toBeLessThanOrEqual(26);
  });

  it('prints 「— N —」 on every page, right on odd and left on even pages', () => {
    expect(r.pages.length).toBeGreaterThanOrEqual(2);
    expectPageNumbers(r.pages);
  });

  it('title split into two centred lines; heading fonts: 黑体 (Sans), 楷体 (UKai), 仿宋 (Serif), 小标宋 (Serif Bold)', () => {
    const [first, second] = r.pages[0]!.lines;
    expect([first!.text.replace(/\s/g, ''), second!.text]).toEqual(['市司法局关于2024年', '法治政府建设情况的报告']);
    for (const l of [first!, second!]) expect(Math.abs((l.xMin + l.xMax) / 2 - (LEFT + RIGHT) / 2)).toBeLessThan(3);
    const fonts = pdfFonts(r.pdf, 1, 1).join(' ');
    expect(fonts).toMatch(/NotoSansCJK/);
    expect(fonts).toMatch(/UKai/);
    expect(fonts).toMatch(/NotoSerifCJK\w*-Regular/);
    expect(fonts).toMatch(/NotoSerifCJK\w*-Bold/);
  });

  it('closing: signature, then the date whose first character is 2 characters right of the signature’s', () => {
    const last = r.pages[r.pages.length - 1]!.lines;
    const sig = last.find((l) => l.text === '市司法局')!;
    const date = last.find((l) => l.text.replace(/\s/g, '') === '2025年1月7日')!;
    expect(date.yMin).toBeGreaterThan(sig.yMin);
    expect(date.xMin - sig.xMin).toBeCloseTo(31.5, -0.5);
  });
});

describe('rendered with LibreOffice: a report of 40+ pages', () => {
  let r: Awaited<ReturnType<typeof render>>;
  beforeAll(async () => {
    r = await render('export-long', () => longReport(core, 30_000));
  }, 240_000);

  it('has 40+ A4 pages, 「— N —」 on each at the right side', () => {
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
});

describe('rendered with LibreOffice: the line-spacing setting', () => {
  it('the line pitch follows the setting (29 pt, 28 pt) and sets the lines per page: 21 at 29 pt, 22 at 28 pt', async () => {
    for (const [spacing, lines] of [
      [29, 21],
      [28, 22],
    ] as const) {
      const r = await render(`export-${spacing}pt`, () => longReport(core, 8_000), spacing);
      const counts = r.pages.slice(0, -1).map((p) => bodyLines(p).length);
      // The typical page: 21 lines at 29 pt (22 × 29 pt overflows 225 mm), 22 at 28 pt. Single pages
      // can hold fewer where a heading is kept with its paragraph on the next page.
      expect([...counts].sort((a, b) => a - b)[Math.floor(counts.length / 2)], `${spacing} pt`).toBe(lines);
      expect(Math.max(...counts), `${spacing} pt`).toBeLessThanOrEqual(22);
      const ys = bodyLines(r.pages[1]!).map((l) => l.yMin);
      const pitch = (ys[ys.length - 1]! - ys[0]!) / (ys.length - 1);
      expect(pitch).toBeCloseTo(spacing, 0);
    }
  }, 240_000);
});
