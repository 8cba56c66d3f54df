import type { ReportDetail } from '../../../shared/report-schema';

/** The .docx exporter lives in ./export/ (one converter per block kind); this keeps the old entry point. */
export { buildDocxDocument, renderDocx, type DocxStamp } from './docx-document';
export { PAGE } from './docx-layout';

/** A file name Word and Windows accept: the title without characters that are illegal in paths. */
export function exportFileName(detail: ReportDetail, extension: 'docx' | 'pdf' | 'html'): string {
  const safe = detail.report.title.replace(/[\\/:*?"<>|\r\n]+/g, '').trim() || '年度报告';
  return `${safe}.${extension}`;
}

export function docxFileName(detail: ReportDetail): string {
  return exportFileName(detail, 'docx');
}
