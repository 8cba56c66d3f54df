import type { ExportSettings } from '../../../shared/export-settings';
import { sectionsInReadingOrder } from '../../../shared/outline';
import type { ReportDetail } from '../../../shared/report-schema';
import { stripLeadingNumber } from '../export/docx-runs';
import { sectionContent } from '../export/docx-document';

/**
 * Which top-level blocks of the exported body belong to which section. The exporter writes two
 * title paragraphs, then each section's heading paragraph (levels 1–2) and content in reading order;
 * the closing and the attachments follow and belong to no section here.
 */
export interface SectionSpan {
  sectionId: string;
  heading: string;
  start: number;
  count: number;
  /** The top-level index of the section's numbered heading paragraph, if it has one. */
  headingTop: number | null;
}

const TITLE_BLOCKS = 2;

export function sectionSpans(detail: ReportDetail, settings: ExportSettings): SectionSpan[] {
  const byId = new Map(detail.sections.map((s) => [s.id, s]));
  let start = TITLE_BLOCKS;
  return sectionsInReadingOrder(detail.sections).map((entry) => {
    const section = byId.get(entry.section.id)!;
    const count = sectionContent(entry, section, settings).length;
    const span = {
      sectionId: section.id,
      heading: stripLeadingNumber(section.heading),
      start,
      count,
      headingTop: entry.level > 0 ? start : null,
    };
    start += count;
    return span;
  });
}

export function spanOf(spans: readonly SectionSpan[], top: number): SectionSpan | undefined {
  return spans.find((s) => top >= s.start && top < s.start + s.count);
}
