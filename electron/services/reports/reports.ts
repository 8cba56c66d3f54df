import { randomUUID } from 'node:crypto';
import type { Report, ReportDetail, ReportStatus } from '../../../shared/report-schema';
import { emptyState } from '../../../shared/rich-text';
import { fillPattern } from '../../../shared/template-schema';
import type { Db } from '../../db/connection';
import { AppError, notFound } from '../app-error';
import type { SectionService } from '../sections/sections';
import { readableReports, type DamagedReport } from './damaged-rows';
import { FINAL_IS_READ_ONLY, type ReportAccess, type ReportRow } from './report-access';
import type { TemplateService } from '../templates/templates';
import type { DuplicateQuery } from '../../../shared/report-guards';
import { createDuplicateFinder } from './duplicates';

export interface CreateReportInput {
  templateId: string;
  agency: string;
  year: number;
  reportDate: string | null;
  /** The user chose 仍然新建 although a report of the same agency, kind and year exists. */
  allowDuplicate?: boolean;
  note?: string;
}

export interface UpdateReportInput {
  id: string;
  title?: string;
  agency?: string;
  year?: number;
  reportDate?: string | null;
  status?: ReportStatus;
  note?: string;
}

export function createReportService(db: Db, access: ReportAccess, templates: TemplateService, sections: SectionService) {
  const { row, templateOf: snapshotOf } = access;
  const duplicates = createDuplicateFinder(db, access);
  const hasFinal = db.prepare(`SELECT EXISTS (SELECT 1 FROM report_versions WHERE report_id = ? AND status = 'final') AS f`);

  const toReport = (row: ReportRow): Report => {
    const template = snapshotOf(row);
    return {
      id: row.id,
      templateId: row.template_id,
      templateName: template.name,
      kind: template.kind,
      title: row.title,
      agency: row.agency,
      year: row.year,
      reportDate: row.report_date,
      status: row.status,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      note: row.note,
      hasFinalVersion: row.status === 'final' || (hasFinal.get(row.id) as { f: number }).f === 1,
    };
  };

  const get = (id: string): ReportDetail => {
    const r = row(id);
    return { report: toReport(r), template: snapshotOf(r), sections: sections.listFull(id) };
  };

  return {
    /** Every report that can be read; a damaged row is skipped (see `damaged`). */
    list(): Report[] {
      return readableReports(db.prepare('SELECT * FROM reports ORDER BY year DESC, updated_at DESC').all() as ReportRow[], toReport)
        .reports;
    },
    /** The rows `list` skipped, each with its message 报告“…”已损坏，已跳过。 */
    damaged(): DamagedReport[] {
      return readableReports(db.prepare('SELECT * FROM reports ORDER BY year DESC, updated_at DESC').all() as ReportRow[], toReport)
        .damaged;
    },
    get,
    create(input: CreateReportInput): ReportDetail {
      const template = templates.get(input.templateId);
      duplicates.assertNone({ agency: input.agency, year: input.year, kind: template.kind }, input.allowDuplicate ?? false);
      const id = randomUUID();
      const now = new Date().toISOString();
      db.transaction(() => {
        db.prepare(
          `INSERT INTO reports (id, template_id, template_snapshot, title, agency, year, report_date, status, created_at, updated_at, note)
           VALUES (?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?, ?)`,
        ).run(
          id,
          template.id,
          JSON.stringify(template),
          fillPattern(template.titlePattern, input),
          input.agency,
          input.year,
          input.reportDate,
          now,
          now,
          input.note ?? '',
        );
        sections.createFromTemplate(id, template, input.year, emptyState());
      })();
      return get(id);
    },
    update(input: UpdateReportInput): Report {
      const current = row(input.id);
      // A 定稿 report changes only by being reopened (the status leaves 定稿 in the same call).
      if (current.status === 'final' && (input.status ?? 'final') === 'final') {
        throw new AppError('FORBIDDEN', FINAL_IS_READ_ONLY);
      }
      const next = {
        title: input.title ?? current.title,
        agency: input.agency ?? current.agency,
        year: input.year ?? current.year,
        report_date: input.reportDate === undefined ? current.report_date : input.reportDate,
        status: input.status ?? current.status,
        note: input.note ?? current.note,
      };
      db.prepare(
        'UPDATE reports SET title = ?, agency = ?, year = ?, report_date = ?, status = ?, note = ?, updated_at = ? WHERE id = ?',
      ).run(next.title, next.agency, next.year, next.report_date, next.status, next.note, new Date().toISOString(), input.id);
      return toReport(row(input.id));
    },
    /**
     * A 定稿 report is never deleted (reopen it first); one that was ever 定稿 is deleted only when
     * the client sends its title, typed again by the user.
     */
    delete(id: string, confirmTitle?: string): void {
      const report = toReport(row(id));
      if (report.status === 'final') {
        throw new AppError('FORBIDDEN', `“${report.title}”已定稿，不能删除。如确需删除，请先重新打开（填写理由），再删除。`);
      }
      if (report.hasFinalVersion && confirmTitle?.trim() !== report.title) {
        throw new AppError('FORBIDDEN', `“${report.title}”曾经定稿。删除前请输入完整标题以确认。`);
      }
      const info = db.prepare('DELETE FROM reports WHERE id = ?').run(id);
      if (info.changes === 0) throw notFound('该报告');
    },
    findDuplicates: (query: DuplicateQuery): Report[] => duplicates.find(query).map(toReport),
    assertNoDuplicate: duplicates.assertNone,
  };
}

export type ReportService = ReturnType<typeof createReportService>;
