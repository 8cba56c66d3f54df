import type { ExportProgress } from '../../../shared/contract-export-jobs';
import type { ExportFormat, ExportSettings } from '../../../shared/export-settings';
import type { ReportDetail } from '../../../shared/report-schema';
import { exportFileName } from './export-docx';
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
  warning?: string;
}

/**
 * Every export uses the settings stored with the report. PDF: the host's printer (Chromium) prints
 * the print-layout HTML; without one (or when it finds no browser) LibreOffice converts the .docx.
 * onProgress hears each real stage (sections built, packing, PDF conversion) for export jobs.
 */
export function createExportService(getReport: (id: string) => ReportDetail, settings: ExportSettingsStore, printer?: PdfPrinter) {
  type OnProgress = ((p: ExportProgress) => void) | undefined;
  const pdf = async (detail: ReportDetail, s: ExportSettings, stamp: DocxStamp | undefined, onProgress: OnProgress): Promise<Buffer> => {
    if (printer) {
      onProgress?.({ stage: 'build', done: 0, total: 1 });
      const html = renderPrintHtml(detail, s, stamp);
      onProgress?.({ stage: 'pdf' });
      try {
        return await printer(html);
      } catch (error) {
        if (error instanceof PrinterUnavailable) return docxToPdf(await renderDocx(detail, s, stamp));
        // The browser failed (e.g. a sandboxed snap that cannot see our temp file): LibreOffice may
        // still do it; if it cannot either, the browser's reason is the one the user needs.
        return docxToPdf(await renderDocx(detail, s, stamp)).catch(() => Promise.reject(error));
      }
    }
    const docx = await renderDocx(detail, s, stamp, onProgress);
    onProgress?.({ stage: 'pdf' });
    return docxToPdf(docx);
  };
  const bytes = async (format: ExportFormat, detail: ReportDetail, stamp?: DocxStamp, onProgress?: OnProgress): Promise<Buffer> => {
    const s = settings.get(detail.report.id);
    if (format === 'html') {
      onProgress?.({ stage: 'build', done: 0, total: 1 });
      return Buffer.from(renderHtml(detail, s), 'utf8');
    }
    if (format === 'pdf') return pdf(detail, s, stamp, onProgress);
    return renderDocx(detail, s, stamp, onProgress);
  };
  return {
    /** onProgress (export jobs) hears each real stage: sections built, packing, PDF conversion. */
    async file(reportId: string, format: ExportFormat, stamp?: DocxStamp, onProgress?: (p: ExportProgress) => void): Promise<ExportedFile> {
      onProgress?.({ stage: 'collect' });
      const detail = getReport(reportId);
      const data = await bytes(format, detail, stamp, onProgress);
      return { fileName: exportFileName(detail, format), mimeType: MIME[format], base64: data.toString('base64') };
    },
  };
}

export type ExportService = ReturnType<typeof createExportService>;
