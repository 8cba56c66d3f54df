import type { ExportSettings } from '../../../shared/export-settings';
import type { ReportDetail } from '../../../shared/report-schema';
import { escapeHtml, reportBodyHtml } from './html';
import { printCss } from './print-html';
import { splitTitle } from './title-lines';

/**
 * The PDF's print layout in two pieces, for the 全文视图 and 打印预览 in the app: the same body
 * markup as renderPrintHtml (title, headings, paragraphs, tables, closing, attachments) and the
 * same CSS (@page A4, margins, fonts, 「— N —」), so the preview paginates exactly as the PDF.
 */
export function printLayout(detail: ReportDetail, settings: ExportSettings): { css: string; html: string } {
  const title = splitTitle(detail.report.title).map(escapeHtml).join('<br>');
  return { css: printCss(settings), html: `<h1>${title}</h1>\n${reportBodyHtml(detail, settings).join('\n')}` };
}
