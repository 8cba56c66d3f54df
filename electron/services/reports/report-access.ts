import type { ReportStatus } from '../../../shared/report-schema';
import type { Template } from '../../../shared/template-schema';
import type { Db } from '../../db/connection';
import { AppError, notFound } from '../app-error';
import { validateTemplate } from '../templates/templates';

export interface ReportRow {
  id: string;
  template_id: string;
  template_snapshot: string;
  title: string;
  agency: string;
  year: number;
  report_date: string | null;
  status: ReportStatus;
  created_at: string;
  updated_at: string;
  note: string;
}

export const FINAL_IS_READ_ONLY = '报告已定稿，不能修改。如需修改，请先重新打开（退回起草或审核状态）并填写理由。';

/** The few report-row operations that both the report and the section services need. */
export function createReportAccess(db: Db) {
  const row = (id: string): ReportRow => {
    const r = db.prepare('SELECT * FROM reports WHERE id = ?').get(id) as ReportRow | undefined;
    if (!r) throw notFound('该报告');
    return r;
  };
  return {
    row,
    // A report keeps the template it was created from, so later edits or deletion of the template
    // never change its structure rules or guidance. The JSON column is validated when read back.
    templateOf: (r: ReportRow): Template => validateTemplate(JSON.parse(r.template_snapshot)),
    template(reportId: string): Template {
      return this.templateOf(row(reportId));
    },
    assertEditable(reportId: string): void {
      if (row(reportId).status === 'final') throw new AppError('FORBIDDEN', FINAL_IS_READ_ONLY);
    },
    touch(reportId: string): void {
      db.prepare('UPDATE reports SET updated_at = ? WHERE id = ?').run(new Date().toISOString(), reportId);
    },
  };
}

export type ReportAccess = ReturnType<typeof createReportAccess>;
