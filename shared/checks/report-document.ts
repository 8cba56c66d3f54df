import { attachmentsOf, sectionsInReadingOrder } from '../outline';
import type { ReportDetail } from '../report-schema';
import { blockText, toBlocks } from '../rich-text';
import { fillPattern } from '../template-schema';
import type { CheckData, UserLists } from './data-schema';
import type { CheckContext, CheckDocument, CheckParagraph, CheckSection } from './types';

/** The paragraphs of one section's content, as the editor shows them (index = block index). */
export function sectionParagraphs(sectionId: string, content: ReportDetail['sections'][number]['content']): CheckParagraph[] {
  return toBlocks(content).map((block, index) => ({
    sectionId,
    index,
    text: blockText(block),
    role: block.kind === 'heading' ? 'heading' : 'body',
  }));
}

/** A report from the database as the rules see it: title, then each section's heading and paragraphs. */
export function documentFromReport(detail: ReportDetail): CheckDocument {
  const { report } = detail;
  const paragraphs: CheckParagraph[] = [{ sectionId: '', index: -1, text: report.title, role: 'title' }];
  const sections: CheckSection[] = [];
  // Attachments come last and are read like the opening (level 0): numbering restarts in each.
  const attachments = attachmentsOf(detail.sections).map((section) => ({ section, level: 0 as const, heading: true }));
  for (const { section, level, heading } of [
    ...sectionsInReadingOrder(detail.sections).map((e) => ({ ...e, heading: e.level > 0 })),
    ...attachments,
  ]) {
    sections.push({
      id: section.id,
      level,
      heading: section.heading,
      partId: section.partId,
      required: section.required,
      charCount: section.charCount,
      ...(section.kind === 'attachment' ? { attachment: true } : {}),
    });
    if (heading) paragraphs.push({ sectionId: section.id, index: -1, text: section.heading, role: 'heading' });
    paragraphs.push(...sectionParagraphs(section.id, section.content));
  }
  return { paragraphs, sections, title: report.title, signature: report.agency, date: report.reportDate };
}

export function contextForReport(detail: ReportDetail, data: CheckData, user: UserLists): CheckContext {
  const { report, template } = detail;
  const parts = template.parts.map((p) => ({ id: p.id, heading: fillPattern(p.heading, { year: report.year }), required: p.required }));
  return { year: report.year, kind: report.kind, parts, data, user };
}
