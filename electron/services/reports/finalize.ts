import type { FinalCheck } from '../../../shared/report-guards';
import { REPORT_STATUS_LABELS, type ReportStatus, type SectionSummary } from '../../../shared/report-schema';
import type { CheckService } from '../checks/checks';
import type { SectionService } from '../sections/sections';
import { AppError } from '../app-error';
import type { ReportAccess } from './report-access';

/** Sections the user has not marked 已完成; a part whose text lives in its subsections is not counted. */
export function unfinishedSections(sections: SectionSummary[]): FinalCheck['unfinished'] {
  const parents = new Set(sections.map((s) => s.parentId).filter(Boolean));
  return sections
    .filter((s) => s.state !== 'complete' && !(parents.has(s.id) && s.charCount === 0))
    .sort((a, b) => a.kind.localeCompare(b.kind) || a.position - b.position)
    .map((s) => ({ id: s.id, heading: s.kind === 'opening' ? '导语' : s.heading }));
}

/**
 * Issue 10, point 5: 定稿 means final. The way into 定稿 runs the full check; open error-level
 * findings need a reason, which is kept with the status change. The way out needs a reason too.
 */
export function createFinalizeService(access: ReportAccess, checks: CheckService, sections: SectionService) {
  const check = (reportId: string): FinalCheck => {
    access.row(reportId);
    const summaries = sections.summaries(reportId);
    const headings = new Map(summaries.map((s) => [s.id, s.kind === 'opening' ? '导语' : s.heading]));
    const openErrors = checks
      .runReport(reportId)
      .findings.filter((f) => f.severity === 'error' && f.ignored === null)
      .map((f) => ({
        sectionId: f.sectionId,
        where: f.sectionId === '' ? '标题' : (headings.get(f.sectionId) ?? '报告'),
        name: f.name,
        message: f.message,
        excerpt: f.excerpt,
      }));
    return { openErrors, unfinished: unfinishedSections(summaries) };
  };

  /**
   * Checks a status change before it is made and returns the reason to record with it (the user's
   * words, plus what was still open when the report became 定稿).
   */
  const prepareTransition = (reportId: string, to: ReportStatus, reason: string): string => {
    const from = access.row(reportId).status;
    const words = reason.trim();
    if (from === to) return words;
    if (from === 'final' && !words) {
      throw new AppError('INVALID_INPUT', `重新打开已定稿的报告（改为“${REPORT_STATUS_LABELS[to]}”）时请填写理由。`);
    }
    if (to !== 'final') return words;
    const { openErrors, unfinished } = check(reportId);
    if (openErrors.length && !words) {
      const first = openErrors
        .slice(0, 2)
        .map((e) => e.message.replace(/。$/, ''))
        .join('；');
      throw new AppError(
        'FORBIDDEN',
        `尚有 ${openErrors.length} 条错误级问题未处理（${first}${openErrors.length > 2 ? '……' : ''}）。请先改正；如仍要定稿，请填写理由。`,
      );
    }
    const notes = [
      openErrors.length ? `定稿时仍有 ${openErrors.length} 条错误级问题未处理` : '',
      unfinished.length ? `${unfinished.length} 个部分未标记已完成` : '',
    ].filter(Boolean);
    if (!notes.length) return words;
    return words ? `${words}（${notes.join('；')}）` : notes.join('；');
  };

  return { check, prepareTransition };
}

export type FinalizeService = ReturnType<typeof createFinalizeService>;
