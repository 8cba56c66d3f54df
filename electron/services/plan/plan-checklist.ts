import { sectionParagraphs } from '../../../shared/checks/report-document';
import type { PlanAnswer, PlanChecklist, PlanChecklistItem } from '../../../shared/plan/checklist-schema';
import { createMatcher } from '../../../shared/plan/match-measures';
import type { Report } from '../../../shared/report-schema';
import type { Db } from '../../db/connection';
import { AppError } from '../app-error';
import type { ReportService } from '../reports/reports';
import type { PlanMeasures } from './plan-measures';

interface AnswerRow {
  measure_id: string;
  section_id: string;
  paragraph: number;
  excerpt: string;
}

const sameAgency = (a: string, b: string) => a.replace(/\s+/gu, '') === b.replace(/\s+/gu, '');

/**
 * A report's checklist from the plan of the same agency and year in the library (issue 18). It is
 * looked up each time, so a report created new, by 沿用上年 or by import — or a plan added to the
 * library later — finds its plan without any extra step.
 */
export function createPlanChecklist(db: Db, reports: ReportService, measures: PlanMeasures) {
  const planFor = (report: Report): Report | null => {
    if (report.kind === 'work-plan') return null;
    return (
      reports
        .list()
        .filter((r) => r.kind === 'work-plan' && r.year === report.year && sameAgency(r.agency, report.agency))
        .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0] ?? null
    );
  };

  const checklist = (reportId: string): PlanChecklist => {
    const detail = reports.get(reportId);
    const plan = planFor(detail.report);
    if (!plan) return { plan: null, items: [] };
    const planDetail = reports.get(plan.id);
    const headings = new Map(planDetail.sections.map((s) => [s.id, s.heading]));
    const paragraphs = detail.sections.flatMap((s) => sectionParagraphs(s.id, s.content));
    const textAt = new Map(paragraphs.map((p) => [`${p.sectionId}:${p.index}`, p.text]));
    const matcher = createMatcher(paragraphs.map((p) => ({ sectionId: p.sectionId, paragraph: p.index, text: p.text })));
    const answers = db.prepare('SELECT * FROM plan_answers WHERE report_id = ?').all(reportId) as AnswerRow[];
    const items: PlanChecklistItem[] = measures.list(plan.id).map((measure) => {
      const confirmed: PlanAnswer[] = answers
        .filter((a) => a.measure_id === measure.id)
        // A confirmed paragraph that was deleted since shows what the user linked, until it is re-linked.
        .map((a) => ({
          sectionId: a.section_id,
          paragraph: a.paragraph,
          excerpt: textAt.get(`${a.section_id}:${a.paragraph}`)?.slice(0, 60) ?? a.excerpt,
        }));
      const linked = new Set(confirmed.map((a) => `${a.sectionId}:${a.paragraph}`));
      const suggestions = matcher
        .match(measure.text)
        .filter((m) => !linked.has(`${m.sectionId}:${m.paragraph}`))
        .map((m) => ({
          sectionId: m.sectionId,
          paragraph: m.paragraph,
          excerpt: m.text.slice(0, 60),
          score: Math.round(m.score * 100) / 100,
        }));
      const answered = confirmed.length > 0 || suggestions.length > 0 || measure.status !== 'open';
      return { measure, aspect: headings.get(measure.sectionId) ?? '', answers: confirmed, suggestions, answered };
    });
    return { plan: { id: plan.id, title: plan.title, year: plan.year, agency: plan.agency }, items };
  };

  const confirmAnswer = (input: { reportId: string; measureId: string; sectionId: string; paragraph: number; confirmed: boolean }) => {
    const detail = reports.get(input.reportId);
    const plan = planFor(detail.report);
    const measure = measures.get(input.measureId);
    if (!plan || measure.reportId !== plan.id) throw new AppError('INVALID_INPUT', '这项措施不属于本报告对应的年度计划。');
    if (!input.confirmed) {
      db.prepare('DELETE FROM plan_answers WHERE report_id = ? AND measure_id = ? AND section_id = ? AND paragraph = ?').run(
        input.reportId,
        input.measureId,
        input.sectionId,
        input.paragraph,
      );
      return checklist(input.reportId);
    }
    const section = detail.sections.find((s) => s.id === input.sectionId);
    if (!section) throw new AppError('INVALID_INPUT', '所选部分不属于这份报告。');
    const paragraph = sectionParagraphs(section.id, section.content)[input.paragraph];
    if (!paragraph?.text.trim()) throw new AppError('INVALID_INPUT', '所选段落不存在，请重新选择。');
    db.prepare(
      `INSERT INTO plan_answers (report_id, measure_id, section_id, paragraph, excerpt, confirmed_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT DO UPDATE SET excerpt = excluded.excerpt, confirmed_at = excluded.confirmed_at`,
    ).run(input.reportId, input.measureId, input.sectionId, input.paragraph, paragraph.text.slice(0, 60), new Date().toISOString());
    return checklist(input.reportId);
  };

  return { planFor, checklist, confirmAnswer };
}

export type PlanChecklistService = ReturnType<typeof createPlanChecklist>;
