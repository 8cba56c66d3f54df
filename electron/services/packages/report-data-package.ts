import { randomUUID } from 'node:crypto';
import { FieldValueSchema } from '../../../shared/fields/field-schema';
import { CELL_BY_KEY, CellValueSchema, GridValuesSchema } from '../../../shared/gov-info/tables';
import { ConfirmAnswerInputSchema, MarkMeasureInputSchema } from '../../../shared/plan/checklist-schema';
import { MeasureInputSchema, MeasureSchema } from '../../../shared/plan/plan-schema';
import { IdSchema } from '../../../shared/report-schema';
import type { Template } from '../../../shared/template-schema';
import { z } from '../../../shared/z';
import type { Db } from '../../db/connection';

/**
 * The report data kept beside the sections in their own tables — plan measures and confirmed
 * answers (issue 18), 信息公开 grid cells and data field values (issue 17) — travel with a report
 * package like the review does: read for the package, given new ids for a second copy, inserted
 * after the sections. Each part is optional (read as empty), so a package of an older app still imports.
 * The fields are checked with the limits the app's own inputs use (plan.saveMeasures,
 * plan.markMeasure, plan.confirmAnswer, govinfo.setCells, fields.set).
 */
const input = MeasureInputSchema.shape;
export const PackageMeasureSchema = MeasureSchema.omit({ reportId: true })
  .extend({
    text: input.text,
    leadUnit: input.leadUnit,
    units: input.units,
    indicator: input.indicator,
    reason: MarkMeasureInputSchema.shape.reason,
    updatedAt: z.string(),
  })
  .strict();
export type PackageMeasure = z.infer<typeof PackageMeasureSchema>;

export const PackagePlanAnswerSchema = z
  .object({
    /** A measure of the plan of the same agency and year — another report. */
    measureId: IdSchema,
    sectionId: ConfirmAnswerInputSchema.shape.sectionId,
    paragraph: ConfirmAnswerInputSchema.shape.paragraph,
    excerpt: z.string().max(60),
    confirmedAt: z.string(),
  })
  .strict();
export type PackagePlanAnswer = z.infer<typeof PackagePlanAnswerSchema>;

/** Absent (not empty) in a package of an older app: see `keepLocalWhereAbsent`. */
export const PackageReportDataSchema = {
  measures: z.array(PackageMeasureSchema).max(20000).optional(),
  planAnswers: z.array(PackagePlanAnswerSchema).max(20000).optional(),
  govInfoCells: GridValuesSchema.optional(),
  fieldValues: z.record(z.string().max(64), FieldValueSchema).optional(),
};

export interface ReportData {
  measures: PackageMeasure[];
  planAnswers: PackagePlanAnswer[];
  govInfoCells: Record<string, z.infer<typeof CellValueSchema>>;
  fieldValues: Record<string, z.infer<typeof FieldValueSchema>>;
}
export type PackageReportData = Partial<ReportData>;

const parseJson = (s: string): unknown => {
  try {
    return JSON.parse(s);
  } catch {
    return undefined;
  }
};

export function reportDataForPackage(db: Db, reportId: string): ReportData {
  const measures = (
    db.prepare('SELECT * FROM plan_measures WHERE report_id = ? ORDER BY section_id, position').all(reportId) as Array<
      Record<string, string | number>
    >
  ).map((r) => ({
    id: r.id as string,
    sectionId: r.section_id as string,
    position: r.position as number,
    text: r.text as string,
    leadUnit: r.lead_unit as string,
    units: r.units as string,
    deadline: r.deadline as string,
    indicator: r.indicator as string,
    status: r.status as PackageMeasure['status'],
    reason: r.reason as string,
    updatedAt: r.updated_at as string,
  }));
  const planAnswers = (
    db.prepare('SELECT * FROM plan_answers WHERE report_id = ? ORDER BY measure_id, section_id, paragraph').all(reportId) as Array<
      Record<string, string | number>
    >
  ).map((r) => ({
    measureId: r.measure_id as string,
    sectionId: r.section_id as string,
    paragraph: r.paragraph as number,
    excerpt: r.excerpt as string,
    confirmedAt: r.confirmed_at as string,
  }));
  // Damaged rows are left out, as the services read them (never exported as something else).
  const govInfoCells: ReportData['govInfoCells'] = {};
  for (const r of db.prepare('SELECT cell, value FROM gov_info_cells WHERE report_id = ? ORDER BY cell').all(reportId) as Array<{
    cell: string;
    value: string;
  }>) {
    const v = CellValueSchema.safeParse(parseJson(r.value));
    if (v.success && CELL_BY_KEY.has(r.cell)) govInfoCells[r.cell] = v.data;
  }
  const fieldValues: ReportData['fieldValues'] = {};
  for (const r of db.prepare('SELECT field_id, value FROM report_fields WHERE report_id = ? ORDER BY field_id').all(reportId) as Array<{
    field_id: string;
    value: string;
  }>) {
    const v = FieldValueSchema.safeParse(parseJson(r.value));
    if (v.success) fieldValues[r.field_id] = v.data;
  }
  return { measures, planAnswers, govInfoCells, fieldValues };
}

/**
 * What the app itself would not have written, as the first problem found (path and message), or
 * null. Measures sit under a part or subsection of the package's own report (a 工作计划), answers
 * on its sections, cells in the 信息公开 tables, field values on its template's fields.
 */
export function reportDataProblem(
  data: PackageReportData,
  template: Template,
  sections: ReadonlyArray<{ id: string; kind: string }>,
): { path: Array<string | number>; message: string } | null {
  const { measures = [], planAnswers = [], govInfoCells = {}, fieldValues = {} } = data;
  const kindOf = new Map(sections.map((s) => [s.id, s.kind]));
  const measureAt = measures.findIndex((m) => kindOf.get(m.sectionId) !== 'part' && kindOf.get(m.sectionId) !== 'subsection');
  if (measures.length && template.kind !== 'work-plan') return { path: ['measures'], message: '只有工作计划（工作要点）才能列结构化措施' };
  if (measureAt >= 0) return { path: ['measures', measureAt, 'sectionId'], message: '措施不在这份报告的方面（部分或小节）之下' };
  const ids = new Set<string>();
  const duplicate = measures.findIndex((m) => ids.size === ids.add(m.id).size);
  if (duplicate >= 0) return { path: ['measures', duplicate, 'id'], message: '措施编号重复' };
  const answerAt = planAnswers.findIndex((a) => !kindOf.has(a.sectionId));
  if (answerAt >= 0) return { path: ['planAnswers', answerAt, 'sectionId'], message: '所选部分不属于这份报告' };
  const cells = Object.keys(govInfoCells);
  if (cells.length && template.kind !== 'gov-info') return { path: ['govInfoCells'], message: '只有政府信息公开工作年度报告才有统计表格' };
  const unknownCell = cells.find((k) => !CELL_BY_KEY.has(k));
  if (unknownCell) return { path: ['govInfoCells', unknownCell], message: '表格中没有这个单元格' };
  const fields = new Map((template.fields ?? []).map((f) => [f.id, f]));
  for (const [id, value] of Object.entries(fieldValues)) {
    const field = fields.get(id);
    if (!field) return { path: ['fieldValues', id], message: '模板中没有这个数据字段' };
    if (field.type === 'date' ? typeof value !== 'string' : typeof value !== 'number')
      return { path: ['fieldValues', id], message: `应填${field.type === 'date' ? '日期' : '数字'}` };
    if (typeof value === 'number' && (value < 0 || (field.type === 'percent' && value > 100)))
      return { path: ['fieldValues', id], message: field.type === 'percent' ? '百分比应在 0 到 100 之间' : '不能是负数' };
  }
  return null;
}

/** For a second copy: the measures get new ids, measures and answers the copy's section ids. */
export function remapReportData(data: PackageReportData, sectionId: (old: string) => string): PackageReportData {
  const measureIds = new Map((data.measures ?? []).map((m) => [m.id, randomUUID()]));
  return {
    govInfoCells: data.govInfoCells,
    fieldValues: data.fieldValues,
    measures: data.measures?.map((m) => ({ ...m, id: measureIds.get(m.id)!, sectionId: sectionId(m.sectionId) })),
    // An answer names a measure of another report (the plan), which keeps its id.
    planAnswers: data.planAnswers?.map((a) => ({
      ...a,
      measureId: measureIds.get(a.measureId) ?? a.measureId,
      sectionId: sectionId(a.sectionId),
    })),
  };
}

/** The measure ids of the package already used in this database (by another report). */
export function measureIdsInUse(db: Db, data: PackageReportData, reportId: string): boolean {
  const stmt = db.prepare('SELECT 1 FROM plan_measures WHERE id = ? AND report_id != ?');
  return (data.measures ?? []).some((m) => stmt.get(m.id, reportId));
}

/**
 * Inside the import transaction, after the sections. An answer is kept when its plan's measure is
 * in this database; an answer to a plan not (yet) on this PC has nothing to point to and is left out.
 */
export function insertReportData(db: Db, reportId: string, data: PackageReportData, now = new Date().toISOString()): void {
  const measure = db.prepare(
    `INSERT INTO plan_measures (id, report_id, section_id, position, text, lead_unit, units, deadline, indicator, status, reason, updated_at)
     VALUES (@id, @reportId, @sectionId, @position, @text, @leadUnit, @units, @deadline, @indicator, @status, @reason, @updatedAt)`,
  );
  for (const m of data.measures ?? []) measure.run({ ...m, reportId });
  const answer = db.prepare(
    `INSERT OR IGNORE INTO plan_answers (report_id, measure_id, section_id, paragraph, excerpt, confirmed_at)
     SELECT ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM plan_measures WHERE id = ?)`,
  );
  for (const a of data.planAnswers ?? [])
    answer.run(reportId, a.measureId, a.sectionId, a.paragraph, a.excerpt, a.confirmedAt, a.measureId);
  const cell = db.prepare('INSERT INTO gov_info_cells (report_id, cell, value, updated_at) VALUES (?, ?, ?, ?)');
  for (const [key, value] of Object.entries(data.govInfoCells ?? {})) cell.run(reportId, key, JSON.stringify(value), now);
  const field = db.prepare('INSERT INTO report_fields (report_id, field_id, value, updated_at) VALUES (?, ?, ?, ?)');
  for (const [key, value] of Object.entries(data.fieldValues ?? {})) field.run(reportId, key, JSON.stringify(value), now);
}

/**
 * Replacing a plan deletes its measures and, with them, the answers other reports confirmed: they
 * are taken before the delete and put back for the measures the package brings again.
 */
export function answersToMeasuresOf(db: Db, reportId: string): Array<Record<string, unknown>> {
  return db
    .prepare(`SELECT * FROM plan_answers WHERE report_id != ? AND measure_id IN (SELECT id FROM plan_measures WHERE report_id = ?)`)
    .all(reportId, reportId) as Array<Record<string, unknown>>;
}

export function restoreAnswers(db: Db, rows: Array<Record<string, unknown>>): void {
  const stmt = db.prepare(
    `INSERT OR IGNORE INTO plan_answers (report_id, measure_id, section_id, paragraph, excerpt, confirmed_at)
     SELECT @report_id, @measure_id, @section_id, @paragraph, @excerpt, @confirmed_at WHERE EXISTS (SELECT 1 FROM plan_measures WHERE id = @measure_id)`,
  );
  for (const r of rows) stmt.run(r);
}

/**
 * Replacing a report with a package of an older app, which did not carry these parts (or did not
 * know them yet): what this PC has of a missing part is kept rather than deleted with the report.
 * Measures and answers are kept on the sections the package still has.
 */
export function keepLocalWhereAbsent(
  db: Db,
  reportId: string,
  data: PackageReportData,
  sectionIds: ReadonlySet<string>,
): PackageReportData {
  const local = reportDataForPackage(db, reportId);
  return {
    measures: data.measures ?? local.measures.filter((m) => sectionIds.has(m.sectionId)),
    planAnswers: data.planAnswers ?? local.planAnswers.filter((a) => sectionIds.has(a.sectionId)),
    govInfoCells: data.govInfoCells ?? local.govInfoCells,
    fieldValues: data.fieldValues ?? local.fieldValues,
  };
}
