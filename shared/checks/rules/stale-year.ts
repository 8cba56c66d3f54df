import { analyzeYears } from '../../years/analyze-years';
import type { ParagraphRule } from '../types';

/**
 * 沿用上年 (issue 12): a year still naming last year's report year, or this year where the plans
 * speak of next year. One finding per mention, fixed by moving the year on. Runs only for a report
 * made by 沿用上年 (ctx.rollover); citations, document numbers, ranges and event names are never
 * flagged (shared/years).
 */
export const staleYear: ParagraphRule = {
  id: 'rollover.stale-year',
  name: '沿用上年的年份',
  category: '数字与日期',
  severity: 'warning',
  scope: 'paragraph',
  check(p, ctx) {
    if (!ctx.rollover || ctx.year === null || p.role === 'date' || p.role === 'signature') return [];
    const sectionRole = ctx.rollover.planSectionIds.includes(p.sectionId) ? 'plan' : p.role === 'title' ? 'title' : 'body';
    return analyzeYears(p.text, { reportingYear: ctx.year, sectionRole }).flatMap((m) =>
      m.stale && m.fix ? [{ start: m.fix.start, length: m.fix.end - m.fix.start, message: m.reason, fix: m.fix.text }] : [],
    );
  },
};
