import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../../../electron/services/export/docx-document';
import { docxToPdf } from '../../../../electron/services/export/pdf';
import { renderPrintHtml } from '../../../../electron/services/export/print-html';
import { defaultExportSettings } from '../../../../shared/export-settings';
import { createTestCore, tempDir } from '../../../helpers';
import { bodyLines, chromiumPdfFile, printedLines } from './pdf-measure';
import { proseReport } from './prose-fixtures';
import { docxToPdfFile, FONTS_CONF, pdfLines, type Page } from './render';

/**
 * The PDF is a print of the .docx: the print layout printed by Chromium and the .docx laid out by
 * LibreOffice have the same page count and the same first line on at least 95% of the pages, for a
 * report of 20,000 and one of 200,000 characters of ordinary prose (commas, quotes, figures).
 *
 * LibreOffice is run as the app runs it (pdf.ts): with the Asian/Western spacing the .docx turns
 * off (autoSpaceDE/DN) turned off, which LibreOffice's DOCX import ignores. The plain conversion
 * is measured too and logged: there every line with figures loses a character to that spacing.
 */

const core = createTestCore();
afterAll(() => core.close());

const squash = (s: string) => s.replace(/\s/g, '');
/** The first body line of each page, without whitespace (pdftotext spaces differ between the two PDFs). */
const firstLines = (pages: Page[]) => pages.map((p) => squash(bodyLines(p)[0]?.text ?? ''));

async function both(name: string, chars: number) {
  const detail = await proseReport(core, chars);
  const settings = defaultExportSettings();
  const docx = await renderDocx(detail, settings);
  const dir = tempDir('nianbao-agree-');
  const lo = path.join(dir, `${name}-libreoffice.pdf`);
  fs.writeFileSync(lo, await docxToPdf(docx, { ...process.env, FONTCONFIG_FILE: FONTS_CONF }));
  const plain = docxToPdfFile(docx, `${name}-libreoffice-plain`);
  const chromium = await chromiumPdfFile(renderPrintHtml(detail, settings), `${name}-chromium`);
  return { lo, chromium, loPages: pdfLines(lo), plainPages: pdfLines(plain), chromiumPages: printedLines(chromium) };
}

for (const size of [20_000, 200_000]) {
  describe(`PDF and .docx agree page by page: ${size.toLocaleString('en')} characters`, () => {
    let r: Awaited<ReturnType<typeof both>>;
    beforeAll(async () => {
      r = await both(`agree-${size / 1000}k`, size);
    }, 600_000);

    it('the plain LibreOffice conversion, for the record', () => {
      const plain = firstLines(r.plainPages);
      const chromium = firstLines(r.chromiumPages);
      const same = plain.filter((line, i) => line === chromium[i]).length;
      console.log(`${size}: plain LibreOffice ${plain.length} pages, Chromium ${chromium.length}; same first line on ${same}`);
      expect(plain.length).toBeGreaterThan(0);
    });

    it('same page count, same first line on ≥ 95% of the pages', () => {
      const lo = firstLines(r.loPages);
      const chromium = firstLines(r.chromiumPages);
      const same = lo.filter((line, i) => line === chromium[i]).length;
      const differing = lo.map((line, i) => (line === chromium[i] ? null : `page ${i + 1}: ${line} / ${chromium[i]}`)).filter(Boolean);
      console.log(
        `${size}: pages LibreOffice ${lo.length}, Chromium ${chromium.length}; same first line on ${same} (${((100 * same) / lo.length).toFixed(1)}%)`,
        differing.slice(0, 5),
      );
      expect(chromium.length).toBe(lo.length);
      expect(same / lo.length).toBeGreaterThanOrEqual(0.95);
    });
  });
}
