import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../../../electron/services/export/docx-document';
import { docxToPdf } from '../../../../electron/services/export/pdf';
import { renderPrintHtml } from '../../../../electron/services/export/print-html';
import { defaultExportSettings } from '../../../../shared/export-settings';
import { blockText, toBlocks } from '../../../../shared/rich-text';
import type { ReportDetail } from '../../../../shared/report-schema';
import { createTestCore, tempDir } from '../../../helpers';
import { BLOCK, bodyLines, chromiumPdfFile, docxText, pdfBodyText, printedLines } from './pdf-measure';
import { proseReport } from './prose-fixtures';
import { ARTIFACTS, docxToPdfFile, FONTS_CONF, pdfInfo, pdfLines, type Page } from './render';
import { execFileSync } from 'node:child_process';

/**
 * Reports of 20,000 and 200,000 characters of ordinary prose (commas, quotes, figures, 《》):
 * 1. the .docx as LibreOffice lays it out keeps every character — no 「，」 dropped at a line end,
 *    no mark hung past the 156 mm text block (see EAST_ASIAN_PPR in docx-styles.ts);
 * 2. the PDF is a print of the .docx: Chromium's print of the print layout and LibreOffice's layout
 *    of the .docx (as the app runs it, pdf.ts: with the Asian/Western spacing the .docx turns off
 *    turned off, which LibreOffice's DOCX import ignores) have the same page count and the same
 *    first line on ≥ 95% of the pages; no page of either ends on a heading;
 * 3. PNGs of the first, a middle and the last page of both are kept for people to look at.
 */

const core = createTestCore();
afterAll(() => core.close());

function firstDifference(actual: string, expected: string): string | null {
  if (actual === expected) return null;
  let at = 0;
  while (actual[at] === expected[at]) at++;
  return `character ${at} of ${expected.length}: rendered …${actual.slice(Math.max(0, at - 20), at + 20)}… / .docx …${expected.slice(Math.max(0, at - 20), at + 20)}…`;
}

/** Marks past the right edge of the text block (a hung 「，」 sits up to a full character outside). */
const outside = (pages: Page[]) =>
  pages.flatMap((p, i) =>
    bodyLines(p)
      .filter((l) => l.xMax > BLOCK.right + 1)
      .map((l) => `page ${i + 1}: ${l.text} (${(l.xMax - BLOCK.right).toFixed(1)} pt)`),
  );

const squash = (s: string) => s.replace(/\s/g, '');
/** The first body line of each page, without whitespace (pdftotext spaces differ between the two PDFs). */
const firstLines = (pages: Page[]) => pages.map((p) => squash(bodyLines(p)[0]?.text ?? ''));

/** Heading lines as printed: the part headings (一、…) and the 1./（1） headings inside the parts. */
function headingTexts(detail: ReportDetail): Set<string> {
  const texts = detail.sections.filter((s) => s.kind === 'part').map((s) => s.heading);
  for (const s of detail.sections) for (const b of toBlocks(s.content)) if (b.kind === 'heading') texts.push(blockText(b));
  return new Set(texts.map(squash));
}

/** Pages whose last body line is a heading (the number is dropped: headings are matched by their text). */
const endingOnHeading = (pages: Page[], headings: Set<string>) =>
  pages
    .map((p, i) => ({
      page: i + 1,
      last: squash(bodyLines(p).at(-1)?.text ?? '').replace(/^(?:[一二三四五六七八九十]+、|\d+\.|（\d+）)/, ''),
    }))
    .filter(({ last }) => headings.has(last))
    .map(({ page, last }) => `page ${page}: ${last}`);

function savePngs(pdf: string, name: string, pages: number): string[] {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  return [1, Math.ceil(pages / 2), pages].map((n) => {
    const prefix = path.join(ARTIFACTS, `${name}-p${n}`);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', '-f', String(n), '-l', String(n), pdf, prefix]);
    return `${prefix}.png`;
  });
}

async function renderAll(name: string, chars: number) {
  const detail = await proseReport(core, chars);
  const settings = defaultExportSettings();
  const docx = await renderDocx(detail, settings);
  const plain = docxToPdfFile(docx, `${name}-libreoffice-plain`);
  const app = path.join(tempDir('nianbao-app-lo-'), `${name}-libreoffice.pdf`);
  fs.writeFileSync(app, await docxToPdf(docx, { ...process.env, FONTCONFIG_FILE: FONTS_CONF }));
  const chromium = await chromiumPdfFile(renderPrintHtml(detail, settings), `${name}-chromium`);
  return {
    detail,
    docx,
    plainPages: pdfLines(plain),
    appPages: pdfLines(app),
    chromiumPages: printedLines(chromium),
    pngs: [...savePngs(app, `${name}-libreoffice`, pdfInfo(app).pages), ...savePngs(chromium, `${name}-chromium`, pdfInfo(chromium).pages)],
  };
}

for (const size of [20_000, 200_000]) {
  describe(`a report of ${size.toLocaleString('en')} characters`, () => {
    let r: Awaited<ReturnType<typeof renderAll>>;
    beforeAll(async () => {
      r = await renderAll(`prose-${size / 1000}k`, size);
    }, 600_000);

    it('LibreOffice: pdftotext of the render equals the report’s text, punctuation included', async () => {
      const expected = await docxText(r.docx);
      expect(expected.length).toBeGreaterThan(size);
      // Line-end commas are what LibreOffice used to drop: the text has many.
      expect(expected.match(/，/g)!.length).toBeGreaterThan(size / 40);
      expect(firstDifference(pdfBodyText(r.plainPages), expected)).toBeNull();
    });

    it('LibreOffice: no mark outside the 156 mm text block', () => {
      expect(outside(r.plainPages)).toEqual([]);
    });

    it('the PDF and the .docx: same page count, same first line on ≥ 95% of the pages', () => {
      const lo = firstLines(r.appPages);
      const chromium = firstLines(r.chromiumPages);
      const same = lo.filter((line, i) => line === chromium[i]).length;
      const plainSame = firstLines(r.plainPages).filter((line, i) => line === chromium[i]).length;
      const differing = lo.map((line, i) => (line === chromium[i] ? null : `page ${i + 1}: ${line} / ${chromium[i]}`)).filter(Boolean);
      console.log(
        `${size} characters: LibreOffice ${lo.length} pages, Chromium ${chromium.length}; same first line on ${same} (${((100 * same) / lo.length).toFixed(1)}%);`,
        `plain LibreOffice conversion (its Asian/Western spacing on): ${r.plainPages.length} pages, ${plainSame} alike`,
        differing.slice(0, 5),
      );
      expect(chromium.length).toBe(lo.length);
      expect(same / lo.length).toBeGreaterThanOrEqual(0.95);
    });

    it('no page ends on a heading, in either PDF (keep with next)', () => {
      const headings = headingTexts(r.detail);
      expect(headings.size).toBeGreaterThan(5);
      expect(endingOnHeading(r.appPages, headings)).toEqual([]);
      expect(endingOnHeading(r.chromiumPages, headings)).toEqual([]);
    });

    it('keeps PNGs of the first, a middle and the last page of both', () => {
      expect(r.pngs).toHaveLength(6);
      for (const png of r.pngs) expect(fs.statSync(png).size).toBeGreaterThan(2_000);
    });
  });
}
