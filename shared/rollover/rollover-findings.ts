import type { Finding } from '../checks/types';
import type { SectionSummary } from '../report-schema';
import type { RolloverStatus } from './rollover-schema';

const percent = (share: number) => `${Math.round(share * 100)}%`;

function at(sectionId: string, excerpt: string): Pick<Finding, 'sectionId' | 'paragraph' | 'start' | 'length' | 'excerpt' | 'fix'> {
  // Paragraph -1 is the section's heading: these findings concern a whole part, not a phrase.
  return { sectionId, paragraph: -1, start: 0, length: 0, excerpt, fix: null };
}

/**
 * What 沿用上年 still asks of the user, as check findings (issue 5): last year's plan items without
 * an answer, parts still carrying last year's text, near-identical parts (内容雷同) and figures not
 * yet verified. The check panel and `nianbao check report:<id>` show them with the other findings.
 */
export function rolloverFindings(status: RolloverStatus, sections: readonly SectionSummary[]): Finding[] {
  if (status.sourceReportId === null) return [];
  const measures = sections.find((s) => s.partId === 'measures') ?? sections.find((s) => s.kind === 'part');
  const findings: Finding[] = [];
  const base = { category: '结构' as const };
  for (const item of status.planItems.filter((i) => i.status === 'open')) {
    findings.push({
      ...base,
      ...at(measures?.id ?? '', item.text),
      rule: 'rollover-plan-item',
      name: '上年计划未交代',
      severity: 'warning',
      message: `上年计划事项“${item.text}”尚未说明落实情况：请链接报告落实情况的段落，或说明未完成的原因。`,
    });
  }
  for (const part of status.parts) {
    if (part.state === 'stale' && part.lastYearShare > 0) {
      findings.push({
        ...base,
        ...at(part.sectionId, part.heading),
        rule: 'rollover-stale',
        name: '待更新',
        severity: 'warning',
        message: `“${part.heading}”仍是上年的文字（待更新），请按本年度情况修改，或确认沿用。`,
      });
    }
    if (part.similar) {
      findings.push({
        ...base,
        ...at(part.sectionId, part.heading),
        rule: 'rollover-similar',
        name: '内容雷同',
        severity: 'warning',
        message: `“${part.heading}”与上年报告有 ${percent(part.lastYearShare)} 的文字相同，审核时会被认定为内容雷同，请改写。`,
      });
    }
    if (part.figures > 0) {
      findings.push({
        ...base,
        ...at(part.sectionId, part.heading),
        category: '一致性',
        rule: 'rollover-figures',
        name: '上年数据',
        severity: 'suggestion',
        message: `“${part.heading}”中还有 ${part.figures} 处上年数据未核实，请改为本年数据或确认。`,
      });
    }
  }
  return findings;
}
