import type { FindPlace } from '../../../shared/contract-find';
import { contextOf, findInState, findInText, type FindOptions } from '../../../shared/find-replace';
import { attachmentLabel, attachmentsOf, sectionsInReadingOrder } from '../../../shared/outline';
import type { ReportDetail } from '../../../shared/report-schema';

/** One hit as the list shows it: where (place and its label), the context, and how to open it. */
export interface FindHit {
  place: FindPlace;
  /** Index among the place's hits (what find.replace's `target.index` means). */
  index: number;
  label: string;
  before: string;
  match: string;
  after: string;
  /** For content hits: the text block and offsets inside it (FindFocusPlugin selects them). */
  block?: number;
  start: number;
  end: number;
}

/**
 * Every hit in reading order: the title, then each section's heading and text (导语, parts with
 * their subsections, attachments), then the 落款 agency. `sectionIds` limits it to some sections.
 */
export function findHits(detail: ReportDetail, query: string, opts: FindOptions, sectionIds?: ReadonlySet<string>): FindHit[] {
  if (query === '') return [];
  const hits: FindHit[] = [];
  const strings = (place: FindPlace, label: string, text: string) =>
    findInText(text, query, opts).forEach((m, index) =>
      hits.push({ place, index, label, ...contextOf(text, m), start: m.start, end: m.end }),
    );
  if (!sectionIds) strings({ kind: 'title' }, '标题', detail.report.title);
  const attachments = attachmentsOf(detail.sections);
  const ordered = [
    ...sectionsInReadingOrder(detail.sections).map((e) => ({
      section: e.section,
      label: e.level === 0 ? '导语' : `${e.number}${e.section.heading}`,
    })),
    ...attachments.map((a, i) => ({ section: a, label: `${attachmentLabel(i, attachments.length)} ${a.heading}` })),
  ];
  for (const { section, label } of ordered) {
    if (sectionIds && !sectionIds.has(section.id)) continue;
    const short = label.length > 18 ? `${label.slice(0, 18)}…` : label;
    if (section.kind !== 'opening') strings({ kind: 'heading', sectionId: section.id }, `${short}（标题）`, section.heading);
    findInState(section.content, query, opts).forEach((h, index) =>
      hits.push({
        place: { kind: 'content', sectionId: section.id },
        index,
        label: short,
        before: h.before,
        match: h.match,
        after: h.after,
        block: h.block,
        start: h.start,
        end: h.end,
      }),
    );
  }
  if (!sectionIds) strings({ kind: 'agency' }, '落款', detail.report.agency);
  return hits;
}
