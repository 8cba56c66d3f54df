import { ReportSchema, type Report } from '../../../shared/report-schema';
import type { ReportRow } from './report-access';

/** A row of the reports table that cannot be shown (a bad year, date, id or template copy). */
export interface DamagedReport {
  id: string;
  title: string;
  message: string;
}

export const damagedMessage = (title: string) => `报告“${title || '（无标题）'}”已损坏，已跳过。`;

/**
 * Reads every row with the schema the list is validated with, skipping the ones that fail: one bad
 * row (e.g. from an old package import) must never make the whole 报告库 fail (issue 11.1).
 */
export function readableReports(rows: ReportRow[], toReport: (row: ReportRow) => Report): { reports: Report[]; damaged: DamagedReport[] } {
  const reports: Report[] = [];
  const damaged: DamagedReport[] = [];
  for (const row of rows) {
    let report: Report | null;
    try {
      report = toReport(row);
    } catch {
      report = null;
    }
    if (report && ReportSchema.safeParse(report).success) reports.push(report);
    else damaged.push({ id: String(row.id), title: String(row.title ?? ''), message: damagedMessage(String(row.title ?? '')) });
  }
  return { reports, damaged };
}
