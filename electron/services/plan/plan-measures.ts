import { randomUUID } from 'node:crypto';
import { buildOutline } from '../../../shared/outline';
import {
  isMeasureDeadline,
  MeasureInputSchema,
  type Measure,
  type MeasureInput,
  type MeasureStatus,
} from '../../../shared/plan/plan-schema';
import type { Db } from '../../db/connection';
import { AppError, notFound } from '../app-error';
import type { ReportAccess } from '../reports/report-access';
import type { SectionService } from '../sections/sections';

interface MeasureRow {
  id: string;
  report_id: string;
  section_id: string;
  position: number;
  text: string;
  lead_unit: string;
  units: string;
  deadline: string;
  indicator: string;
  status: MeasureStatus;
  reason: string;
}

const toMeasure = (r: MeasureRow): Measure => ({
  id: r.id,
  reportId: r.report_id,
  sectionId: r.section_id,
  position: r.position,
  text: r.text,
  leadUnit: r.lead_unit,
  units: r.units,
  // A value that is not a valid deadline (a damaged row) reads as none rather than failing the plan.
  deadline: isMeasureDeadline(r.deadline) ? r.deadline : '',
  indicator: r.indicator,
  status: r.status,
  reason: r.reason,
});

/** The measures of a 工作计划/工作要点, section by section (issue 18). */
export function createPlanMeasures(db: Db, access: ReportAccess, sections: SectionService) {
  const rowsOf = (reportId: string) =>
    db.prepare('SELECT * FROM plan_measures WHERE report_id = ? ORDER BY position').all(reportId) as MeasureRow[];

  /** In reading order: the aspects as the outline orders them, then each aspect's measures. */
  const list = (reportId: string): Measure[] => {
    const outline = buildOutline(sections.summaries(reportId));
    const order = new Map<string, number>();
    outline.parts.forEach((p) => [p.section, ...p.children.map((c) => c.section)].forEach((s) => order.set(s.id, order.size)));
    return rowsOf(reportId)
      .map(toMeasure)
      .sort((a, b) => (order.get(a.sectionId) ?? 1e9) - (order.get(b.sectionId) ?? 1e9) || a.position - b.position);
  };

  const get = (id: string): Measure => {
    const r = db.prepare('SELECT * FROM plan_measures WHERE id = ?').get(id) as MeasureRow | undefined;
    if (!r) throw notFound('该计划措施');
    return toMeasure(r);
  };

  /** Replaces the measures of one aspect: kept ids are updated (their status stays), others added or removed. */
  const saveSection = (sectionId: string, inputs: MeasureInput[]): Measure[] => {
    const section = sections
      .summaries(
        (db.prepare('SELECT report_id FROM sections WHERE id = ?').get(sectionId) as { report_id: string } | undefined)?.report_id ?? '',
      )
      .find((s) => s.id === sectionId);
    if (!section) throw notFound('该部分');
    if (section.kind !== 'part' && section.kind !== 'subsection')
      throw new AppError('INVALID_INPUT', '措施只能列在计划的方面（部分或小节）之下。');
    if (access.template(section.reportId).kind !== 'work-plan')
      throw new AppError('INVALID_INPUT', '只有工作计划（工作要点）才能列结构化措施。');
    access.assertEditable(section.reportId);
    const parsed = inputs.map((m) => MeasureInputSchema.parse(m));
    const now = new Date().toISOString();
    db.transaction(() => {
      const existing = new Set(
        (db.prepare('SELECT id FROM plan_measures WHERE section_id = ?').all(sectionId) as Array<{ id: string }>).map((r) => r.id),
      );
      const kept = new Set(parsed.map((m) => m.id).filter((id): id is string => !!id && existing.has(id)));
      for (const id of existing) if (!kept.has(id)) db.prepare('DELETE FROM plan_measures WHERE id = ?').run(id);
      parsed.forEach((m, position) => {
        const values = { ...m, position, now, sectionId, reportId: section.reportId };
        if (m.id && kept.has(m.id)) {
          db.prepare(
            `UPDATE plan_measures SET position = @position, text = @text, lead_unit = @leadUnit, units = @units, deadline = @deadline,
             indicator = @indicator, updated_at = @now WHERE id = @id`,
          ).run(values);
        } else {
          db.prepare(
            `INSERT INTO plan_measures (id, report_id, section_id, position, text, lead_unit, units, deadline, indicator, updated_at)
             VALUES (@newId, @reportId, @sectionId, @position, @text, @leadUnit, @units, @deadline, @indicator, @now)`,
          ).run({ ...values, newId: randomUUID() });
        }
      });
      access.touch(section.reportId);
    })();
    return list(section.reportId).filter((m) => m.sectionId === sectionId);
  };

  /** 已完成 / 推进中 / 未完成 (with a reason): how the year went, not the plan's text, so a 定稿 plan accepts it. */
  const mark = (id: string, status: MeasureStatus, reason: string): Measure => {
    get(id);
    db.prepare('UPDATE plan_measures SET status = ?, reason = ?, updated_at = ? WHERE id = ?').run(
      status,
      status === 'not-done' ? reason : '',
      new Date().toISOString(),
      id,
    );
    return get(id);
  };

  return { list, get, saveSection, mark };
}

export type PlanMeasures = ReturnType<typeof createPlanMeasures>;
