import { roleOfTemplatePart } from '../import/map-parts';
import type { Section } from '../report-schema';
import { blockText, toBlocks } from '../rich-text';
import { analyzeYears, isPlanHeading } from '../years/analyze-years';
import type { StaleYearItem } from './rollover-schema';

/**
 * The stale years of a report made by 沿用上年 (issue 12), from the shared year analysis: the one
 * list the rollover panel shows for confirmation (per mention, or 全部确认), and what is left over
 * becomes the check rule `rollover.stale-year`.
 */

type SectionLike = Pick<Section, 'id' | 'parentId' | 'kind' | 'partId' | 'heading' | 'content'>;

/** The plans part (下一年度…主要安排) and its subsections: years there are said of the future. */
export function planSectionIds(sections: readonly Omit<SectionLike, 'content'>[], templateId: string): string[] {
  const parts = sections.filter(
    (s) => s.kind === 'part' && ((s.partId !== null && roleOfTemplatePart(templateId, s.partId) === 'plans') || isPlanHeading(s.heading)),
  );
  const ids = new Set(parts.map((p) => p.id));
  for (const s of sections) if (s.parentId !== null && ids.has(s.parentId)) ids.add(s.id);
  return [...ids];
}

/** A stable name for one mention: where it is and what it says (a changed text makes a new id). */
export function staleYearId(sectionId: string, paragraph: number, start: number, text: string): string {
  return `${sectionId}:${paragraph}:${start}:${text}`;
}

export function staleYearItems(sections: readonly SectionLike[], reportingYear: number, planIds: readonly string[]): StaleYearItem[] {
  const plan = new Set(planIds);
  const items: StaleYearItem[] = [];
  for (const s of sections) {
    const ctx = { reportingYear, sectionRole: plan.has(s.id) ? ('plan' as const) : ('body' as const) };
    toBlocks(s.content).forEach((block, paragraph) => {
      const text = blockText(block);
      for (const m of analyzeYears(text, ctx)) {
        if (!m.stale || !m.fix) continue;
        const original = text.slice(m.fix.start, m.fix.end);
        items.push({
          id: staleYearId(s.id, paragraph, m.fix.start, original),
          sectionId: s.id,
          heading: s.heading,
          paragraph,
          start: m.fix.start,
          end: m.fix.end,
          text: original,
          replacement: m.fix.text,
          excerpt: text.slice(Math.max(0, m.start - 12), m.end + 16),
          excerptStart: Math.max(0, m.start - 12),
          reason: m.reason,
          role: m.role,
        });
      }
    });
  }
  return items;
}
