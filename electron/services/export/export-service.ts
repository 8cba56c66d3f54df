import type { ExportFormat, ExportSettings } from '../../../shared/export-settings';
import type { ReportDetail } from '../../../shared/report-schema';
import { exportFileName } from '../export-docx';
import { renderDocx, type DocxStamp } from './docx-document';
import { renderHtml } from './html';
import { docxToPdf } from './pdf';
import { PrinterUnavailable, type PdfPrinter } from './pdf-printer';
import { renderPrintHtml } from './print-html';
import type { ExportSettingsStore } from './settings-store';

const MIME: Record<ExportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  html: 'text/html; charset=utf-8',
};

export interface ExportedFile {
  fileName: string;
  mimeType: string;
  base64: string;
}

/**
 * Every export uses the settings stored with the report. PDF: the host's printer (Chromium) prints
 * the print-layout HTML; without one (or when it finds no browser) LibreOffice converts the .docx.
 */
export function createExportService(getReport: (id: string) => ReportDetail, settings: ExportSettingsStore, printer?: PdfPrinter) {
  const pdf = async (detail: ReportDetail, s: ExportSettings, stamp?: DocxStamp): Promise<Buffer> => {
    if (printer) {
      try {
        return await printer(renderPrintHtml(detail, s));
      } catch (error) {
        if (!(error instanceof PrinterUnavailable)) throw error;
      }
    }
    return docxToPdf(await renderDocx(detail, s, stamp));
  };
  const bytes = async (format: ExportFormat, detail: ReportDetail, stamp?: DocxStamp): Promise<Buffer> => {
    const s = settings.get(detail.report.id);
    if (format === 'html') return Buffer.from(renderHtml(detail, s), 'utf8');
    if (format === 'pdf') return pdf(detail, s, stamp);
    return renderDocx(detail, s, stamp);
  };
  return {
    async file(reportId: string, format: ExportFormat, stamp?: DocxStamp): Promise<ExportedFile> {
      const detail = getReport(reportId);
      const data = await bytes(format, detail, stamp);
      return { fileName: exportFileName(detail, format), mimeType: MIME[format], base64: data.toString('base64') };
    },
  };
}

export type ExportService = ReturnType<typeof createExportService>;
