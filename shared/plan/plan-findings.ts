import type { Finding } from '../checks/types';
import type { SectionSummary } from '../report-schema';
import type { PlanChecklist } from './checklist-schema';

/**
 * `plan.unanswered` (warning): a measure of the year's plan that the report never mentions and
 * that the user has not marked 已完成 / 推进中 / 未完成. Placed on the heading of the report's
 * first part (主要举措和成效), where a measure's answer belongs; the check panel and
 * `nianbao check report:<id>` show it with the other findings.
 */
export function planFindings(checklist: PlanChecklist, sections: readonly SectionSummary[]): Finding[] {
  if (!checklist.plan) return [];
  const target = sections.find((s) => s.partId === 'measures') ?? sections.find((s) => s.kind === 'part');
  return checklist.items
    .filter((item) => !item.answered)
    .map((item) => ({
      rule: 'plan.unanswered',
      name: '年度计划措施未回应',
      category: '结构',
      severity: 'warning',
      sectionId: target?.id ?? '',
      paragraph: -1,
      start: 0,
      length: 0,
      excerpt: item.measure.text.slice(0, 80),
      message: `《${checklist.plan!.title}》的措施“${item.measure.text.slice(0, 40)}${item.measure.text.length > 40 ? '……' : ''}”在报告中没有提到：请写明落实情况并在“年度计划落实情况”中确认段落，或标明已完成、推进中、未完成（写明原因）。`,
      fix: null,
    }));
}
