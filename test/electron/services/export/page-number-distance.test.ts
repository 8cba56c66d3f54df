import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../../../electron/services/export/docx-document';
import { renderPrintHtml } from '../../../../electron/services/export/print-html';
import { defaultExportSettings } from '../../../../shared/export-settings';
import { createTestCore } from '../../../helpers';
import { shortReport } from './fixtures';
import { dashGapMm } from './pdf-ink';
import { chromiumPdfFile } from './pdf-measure';
import { docxToPdfFile, pdfInfo } from './render';

/**
 * GB/T 9704-2012 7.5: the dash of 「— N —」 sits 7 mm below the text block, whose bottom edge is
 * 262 mm from the page's top (297 − 35). Measured on the ink (the centre line of the dashes in a
 * 300 dpi render), in both PDFs the app can produce, on every page; tolerance ±1 mm.
 */

const GAP_MM = 7;
const TOLERANCE_MM = 1;

const core = createTestCore();
afterAll(() => core.close());

const gaps = (pdf: string) => Array.from({ length: pdfInfo(pdf).pages }, (_, i) => Number(dashGapMm(pdf, i + 1).toFixed(2)));

describe('page number: its dashes 7 mm below the text block', () => {
  let chromium: number[];
  let libreoffice: number[];
  beforeAll(async () => {
    const detail = await shortReport(core);
    const settings = defaultExportSettings();
    chromium = gaps(await chromiumPdfFile(renderPrintHtml(detail, settings), 'gap-chromium'));
    libreoffice = gaps(docxToPdfFile(await renderDocx(detail, settings), 'gap-libreoffice'));
  }, 180_000);

  it('in the PDF printed by Chromium', () => {
    console.log('Chromium dash gap (mm) per page', chromium);
    expect(chromium.length).toBeGreaterThanOrEqual(2);
    for (const gap of chromium) expect(Math.abs(gap - GAP_MM), `gap ${gap} mm`).toBeLessThanOrEqual(TOLERANCE_MM);
  });

  it('in the .docx as LibreOffice lays it out', () => {
    console.log('LibreOffice dash gap (mm) per page', libreoffice);
    expect(libreoffice.length).toBeGreaterThanOrEqual(2);
    for (const gap of libreoffice) expect(Math.abs(gap - GAP_MM), `gap ${gap} mm`).toBeLessThanOrEqual(TOLERANCE_MM);
  });
});
