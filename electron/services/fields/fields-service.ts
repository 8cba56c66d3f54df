import { sectionParagraphs } from '../../../shared/checks/report-document';
import type { Finding } from '../../../shared/checks/types';
import type { FieldsState } from '../../../shared/fields/contract-fields';
import { fieldFindings } from '../../../shared/fields/field-findings';
import { FieldValueSchema, type FieldValue } from '../../../shared/fields/field-schema';
import type { Db } from '../../db/connection';
import { AppError } from '../app-error';
import type { ReportAccess } from '../reports/report-access';
import type { ReportService } from '../reports/reports';

/** The data fields of a report (issue 17): values, last year's, the prose checked against them. */
export function createFieldsService(db: Db, access: ReportAccess, reports: Pick<ReportService, 'get'>) {
  const fieldsOf = (reportId: string) => access.template(reportId).fields ?? [];

  const valuesOf = (reportId: string): Record<string, FieldValue> => {
    const out: Record<string, FieldValue> = {};
    for (const r of db.prepare('SELECT field_id, value FROM report_fields WHERE report_id = ?').all(reportId) as Array<{
      field_id: string;
      value: string;
    }>) {
      try {
        const v = FieldValueSchema.safeParse(JSON.parse(r.value));
        if (v.success) out[r.field_id] = v.data;
      } catch {
        // a damaged value reads as empty
      }
    }
    return out;
  };

  /** Last year's report of the same agency and kind, the one with most values. */
  const lastYearOf = (reportId: string) => {
    const row = access.row(reportId);
    const kind = access.template(reportId).kind;
    const candidates = db
      .prepare(
        `SELECT r.id, r.year, r.title, (SELECT COUNT(*) FROM report_fields f WHERE f.report_id = r.id) AS n
         FROM reports r WHERE r.agency = ? AND r.year = ? AND r.id <> ? ORDER BY n DESC, r.updated_at DESC`,
      )
      .all(row.agency, row.year - 1, reportId) as Array<{ id: string; year: number; title: string; n: number }>;
    return candidates.find((c) => access.template(c.id).kind === kind) ?? null;
  };

  const list = (reportId: string): FieldsState => {
    const values = valuesOf(reportId);
    const last = lastYearOf(reportId);
    const lastValues = last ? valuesOf(last.id) : {};
    return {
      reportId,
      lastYear: last ? { reportId: last.id, year: last.year, title: last.title } : null,
      rows: fieldsOf(reportId).map((field) => {
        const value = values[field.id] ?? null;
        const before = lastValues[field.continues ?? field.id] ?? null;
        return {
          field,
          value,
          lastYear: before,
          change: typeof value === 'number' && typeof before === 'number' ? Math.round((value - before) * 100) / 100 : null,
        };
      }),
    };
  };

  const set = (reportId: string, fieldId: string, value: FieldValue | null): FieldsState => {
    const field = fieldsOf(reportId).find((f) => f.id === fieldId);
    if (!field) throw new AppError('INVALID_INPUT', `模板中没有数据字段“${fieldId}”。`);
    access.assertEditable(reportId);
    if (value !== null) {
      if (field.type === 'date' ? typeof value !== 'string' : typeof value !== 'number')
        throw new AppError('INVALID_INPUT', `“${field.label}”应填${field.type === 'date' ? '日期' : '数字'}。`);
      if (typeof value === 'number' && value < 0) throw new AppError('INVALID_INPUT', `“${field.label}”不能是负数。`);
      if (field.type === 'percent' && typeof value === 'number' && value > 100)
        throw new AppError('INVALID_INPUT', `“${field.label}”是百分比，不能超过 100。`);
    }
    db.transaction(() => {
      if (value === null) db.prepare('DELETE FROM report_fields WHERE report_id = ? AND field_id = ?').run(reportId, fieldId);
      else
        db.prepare(
          `INSERT INTO report_fields (report_id, field_id, value, updated_at) VALUES (?, ?, ?, ?)
           ON CONFLICT (report_id, field_id) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
        ).run(reportId, fieldId, JSON.stringify(value), new Date().toISOString());
      access.touch(reportId);
    })();
    return list(reportId);
  };

  const findings = (reportId: string): Finding[] => {
    const fields = fieldsOf(reportId);
    if (fields.length === 0) return [];
    const detail = reports.get(reportId);
    return fieldFindings(
      detail.sections.flatMap((s) => sectionParagraphs(s.id, s.content)),
      fields,
      valuesOf(reportId),
    );
  };

  return { list, set, findings };
}
