import type { ExportProgress } from '../../../shared/contract-export-jobs';
import type { ExportFormat } from '../../../shared/export-settings';
import type { ReportDetail } from '../../../shared/report-schema';
import { exportFileName } from '../export-docx';
import { renderDocx, type DocxStamp } from './docx-document';
import { renderHtml } from './html';
import { docxToPdf } from './pdf';
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

/** Every export uses the settings stored with the report. */
export function createExportService(getReport: (id: string) => ReportDetail, settings: ExportSettingsStore) {
  const bytes = async (format: ExportFormat, detail: ReportDetail, stamp?: DocxStamp, onProgress?: (p: ExportProgress) => void) => {
    const s = settings.get(detail.report.id);
    if (format === 'html') {
      onProgress?.({ stage: 'build', done: 0, total: 1 });
      return Buffer.from(renderHtml(detail, s), 'utf8');
    }
    const docx = await renderDocx(detail, s, stamp, onProgress);
    if (format === 'pdf') onProgress?.({ stage: 'pdf' });
    return format === 'pdf' ? docxToPdf(docx) : docx;
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
