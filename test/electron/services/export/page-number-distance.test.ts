import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../../../electron/services/export/docx-document';
import { renderPrintHtml } from '../../../../electron/services/export/print-html';
import { defaultExportSettings } from '../../../../shared/export-settings';
import { createTestCore } from '../../../helpers';
import { shortReport } from './fixtures';
import { chromiumPdfFile, pageNumberTops } from './pdf-measure';
import { docxToPdfFile } from './render';

/**
 * GB/T 9704-2012 7.5: the page number sits 7 mm below the text block, whose bottom edge is 262 mm
 * from the page's top (297 − 35). Measured as the top of the page-number digits (the Latin font's
 * ascent line, see pageNumberTops) in both PDFs the app can produce.
 *
 * Tolerance ±1.5 mm: "the top of the line" is not one exact edge. A 14 pt line is 4.9 mm high;
 * between its line-box top, the font's ascent line and the dash's ink lie up to about 1 mm
 * depending on the font (Times vs 宋体 metrics), and renderers round positions by a few tenths.
 */

const TEXT_BLOCK_BOTTOM_MM = 297 - 35;
const GAP_MM = 7;
const TOLERANCE_MM = 1.5;

const core = createTestCore();
afterAll(() => core.close());

const gaps = (pdf: string) => pageNumberTops(pdf).map((top) => Number((top - TEXT_BLOCK_BOTTOM_MM).toFixed(2)));

describe('page number 7 mm below the text block', () => {
  let chromium: number[];
  let libreoffice: number[];
  beforeAll(async () => {
    const detail = await shortReport(core);
    const settings = defaultExportSettings();
    chromium = gaps(await chromiumPdfFile(renderPrintHtml(detail, settings), 'gap-chromium'));
    libreoffice = gaps(docxToPdfFile(await renderDocx(detail, settings), 'gap-libreoffice'));
  }, 180_000);

  it('in the PDF printed by Chromium', () => {
    console.log('Chromium gap (mm) per page', chromium);
    expect(chromium.length).toBeGreaterThanOrEqual(2);
    for (const gap of chromium) expect(Math.abs(gap - GAP_MM), `gap ${gap} mm`).toBeLessThanOrEqual(TOLERANCE_MM);
  });

  it('in the .docx as LibreOffice lays it out', () => {
    console.log('LibreOffice gap (mm) per page', libreoffice);
    expect(libreoffice.length).toBeGreaterThanOrEqual(2);
    for (const gap of libreoffice) expect(Math.abs(gap - GAP_MM), `gap ${gap} mm`).toBeLessThanOrEqual(TOLERANCE_MM);
  });
});
