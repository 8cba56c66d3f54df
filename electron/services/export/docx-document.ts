import { Document, DocumentGridType, Paragraph, type Table } from 'docx';
import type { ExportSettings } from '../../../shared/export-settings';
import { attachmentsOf, sectionsInReadingOrder } from '../../../shared/outline';
import type { ReportDetail } from '../../../shared/report-schema';
import { toBlocks } from '../../../shared/rich-text';
import { attachmentListParagraphs, attachmentPages } from './docx-attachments';
import { convertBlocks } from './docx-blocks';
import { closingParagraphs } from './docx-closing';
import { pageNumberFooters } from './docx-footer';
import { linePitch, offGrid, PAGE } from './docx-layout';
import { packDocx } from './docx-package';
import { RawParagraphs } from './docx-raw';
import type { OutlineLevel } from './list-numbers';
import { stripLeadingNumber, textRuns } from './docx-runs';
import { splitTitle } from './title-lines';
import { sourceProperties, type ExportSource } from '../review/export-source';

/**
 * Writes a report as a Word file in the layout of GB/T 9704-2012: A4, margins 37/35/28/26 mm,
 * 22 lines × 28 characters, title and heading styles, literal heading numbers computed from the
 * outline at export time, closing, attachments on pages of their own, and 「— N —」 page numbers odd right / even left.
 */

/** Balanced title lines in one Title paragraph, then one blank line before the body. */
function titleParagraphs(title: string, settings: ExportSettings): Paragraph[] {
  const lines = splitTitle(title);
  const children = lines.flatMap((line, i) => textRuns('title', settings, line, { break: i > 0 ? 1 : undefined }));
  return [offGrid(new Paragraph({ style: 'Title', children })), new Paragraph({ children: [] })];
}

type Entry = ReturnType<typeof sectionsInReadingOrder>[number];

export function sectionContent(
  entry: Entry,
  section: ReportDetail['sections'][number],
  settings: ExportSettings,
  raw?: RawParagraphs,
): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [];
  if (entry.level > 0) {
    const kind = entry.level === 1 ? 'heading1' : 'heading2';
    const children = textRuns(kind, settings, `${entry.number}${stripLeadingNumber(section.heading)}`);
    out.push(new Paragraph({ style: `Heading${entry.level}`, children }));
  }
  out.push(...convertBlocks(toBlocks(section.content), { settings, counters: { 3: 0, 4: 0 }, under: entry.level as OutlineLevel, raw }));
  return out;
}

function bodyContent(detail: ReportDetail, settings: ExportSettings, raw?: RawParagraphs): Array<Paragraph | Table> {
  const byId = new Map(detail.sections.map((s) => [s.id, s]));
  return sectionsInReadingOrder(detail.sections).flatMap((entry) => sectionContent(entry, byId.get(entry.section.id)!, settings, raw));
}

/** Reports each section as it is converted and yields to the event loop between sections. */
export type DocxProgress = (progress: { stage: 'build'; done: number; total: number } | { stage: 'pack' }) => void;

// Yielding between sections keeps the host answering other calls (autosave) during a long export.
async function bodyContentStepwise(detail: ReportDetail, settings: ExportSettings, onProgress: DocxProgress, raw: RawParagraphs) {
  const byId = new Map(detail.sections.map((s) => [s.id, s]));
  const entries = sectionsInReadingOrder(detail.sections);
  const out: Array<Paragraph | Table> = [];
  for (const [i, entry] of entries.entries()) {
    onProgress({ stage: 'build', done: i, total: entries.length });
    await new Promise((resolve) => setImmediate(resolve));
    out.push(...sectionContent(entry, byId.get(entry.section.id)!, settings, raw));
  }
  onProgress({ stage: 'build', done: entries.length, total: entries.length });
  return out;
}

/** The version an exported file records in its properties (issue 6). */
export interface DocxStamp {
  revision?: number;
  label?: string;
  /** Every export names its report and version in custom properties, so a reviewed copy can come back (issue 16). */
  source?: ExportSource;
}

export function buildDocxDocument(
  detail: ReportDetail,
  settings: ExportSettings,
  stamp?: DocxStamp,
  body: Array<Paragraph | Table> = bodyContent(detail, settings),
): Document {
  const { report } = detail;
  const attachments = attachmentsOf(detail.sections);
  const list = attachmentListParagraphs(
    attachments.map((a) => a.heading),
    settings,
  );
  const children = [
    ...titleParagraphs(report.title, settings),
    ...body,
    ...closingParagraphs(report, settings, list),
    ...attachmentPages(attachments, settings),
  ];
  return new Document({
    creator: report.agency,
    lastModifiedBy: report.agency,
    title: report.title,
    description: `${report.year}年度 · ${report.templateName}`,
    // A 定稿 export carries its version in the file's properties.
    ...(stamp?.label ? { revision: stamp.revision, keywords: stamp.label, subject: stamp.label } : {}),
    ...(stamp?.source ? { customProperties: sourceProperties(stamp.source) } : {}),
    evenAndOddHeaderAndFooters: settings.pageNumbers,
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right, header: PAGE.header, footer: PAGE.footer },
          },
          grid: { type: DocumentGridType.LINES, linePitch: linePitch(settings) },
        },
        footers: pageNumberFooters(settings),
        children,
      },
    ],
  });
}

export async function renderDocx(
  detail: ReportDetail,
  settings: ExportSettings,
  stamp?: DocxStamp,
  onProgress?: DocxProgress,
): Promise<Buffer> {
  const raw = new RawParagraphs();
  if (!onProgress) return packDocx(buildDocxDocument(detail, settings, stamp, bodyContent(detail, settings, raw)), settings, raw);
  const body = await bodyContentStepwise(detail, settings, onProgress, raw);
  onProgress({ stage: 'pack' });
  await new Promise((resolve) => setImmediate(resolve));
  return packDocx(buildDocxDocument(detail, settings, stamp, body), settings, raw);
}
