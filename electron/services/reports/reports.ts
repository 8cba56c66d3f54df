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

export interface CreateReportInput {
  templateId: string;
  agency: string;
  year: number;
  reportDate: string | null;
}

export interface UpdateReportInput {
  id: string;
  title?: string;
  agency?: string;
  year?: number;
  reportDate?: string | null;
  status?: ReportStatus;
}

export function createReportService(db: Db, access: ReportAccess, templates: TemplateService, sections: SectionService) {
  const { row, templateOf: snapshotOf } = access;

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
      const id = randomUUID();
      const now = new Date().toISOString();
      db.transaction(() => {
        db.prepare(
          `INSERT INTO reports (id, template_id, template_snapshot, title, agency, year, report_date, status, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?)`,
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
        );
        sections.createFromTemplate(id, template, input.year, emptyState());
      })();
      return get(id);
    },
    update(input: UpdateReportInput): Report {
      const current = row(input.id);
      if (current.status === 'final' && input.status === undefined) {
        throw new AppError('FORBIDDEN', FINAL_IS_READ_ONLY);
      }
      const next = {
        title: input.title ?? current.title,
        agency: input.agency ?? current.agency,
        year: input.year ?? current.year,
        report_date: input.reportDate === undefined ? current.report_date : input.reportDate,
        status: input.status ?? current.status,
      };
      db.prepare('UPDATE reports SET title = ?, agency = ?, year = ?, report_date = ?, status = ?, updated_at = ? WHERE id = ?').run(
        next.title,
        next.agency,
        next.year,
        next.report_date,
        next.status,
        new Date().toISOString(),
        input.id,
      );
      return toReport(row(input.id));
    },
    delete(id: string): void {
      const info = db.prepare('DELETE FROM reports WHERE id = ?').run(id);
      if (info.changes === 0) throw notFound('该报告');
    },
  };
}

export type ReportService = ReturnType<typeof createReportService>;
