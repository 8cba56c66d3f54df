import type { DeadlineItem } from '../../../shared/versions-schema';
import type { Db } from '../../db/connection';
import type { ReportService } from './reports';
import type { SettingsService } from '../settings';

/** Deadlines this close count as "due soon" on the home screen. */
export const SOON_DAYS = 14;
const DAY_MS = 86_400_000;
/** Older misses are history, not tasks: the home screen stops nagging after this many days. */
export const OVERDUE_WINDOW_DAYS = 180;

/**
 * What is due soon or overdue: a report is due (submitted) until it is 定稿, and to be published
 * until a 公开 export with the checklist has been recorded.
 */
export function createDeadlineService(db: Db, reports: ReportService, settings: SettingsService) {
  const published = (reportId: string) =>
    db.prepare("SELECT 1 FROM report_versions WHERE report_id = ? AND kind = 'export' AND checklist_json IS NOT NULL").get(reportId) !==
    undefined;

  return {
    list(today: string): DeadlineItem[] {
      const rules = settings.get().deadlines;
      const todayMs = Date.parse(`${today}T00:00:00Z`);
      const items: DeadlineItem[] = [];
      for (const report of reports.list()) {
        const rule = rules[report.kind];
        if (!rule) continue;
        const candidates: Array<[DeadlineItem['what'], string | null, boolean]> = [
          ['due', rule.due, report.status !== 'final'],
          ['publish', rule.publish, !published(report.id)],
        ];
        for (const [what, monthDay, open] of candidates) {
          if (!monthDay || !open) continue;
          const date = `${report.year + 1}-${monthDay}`;
          const daysLeft = Math.round((Date.parse(`${date}T00:00:00Z`) - todayMs) / DAY_MS);
          if (Number.isNaN(daysLeft) || daysLeft > SOON_DAYS || daysLeft < -OVERDUE_WINDOW_DAYS) continue;
          items.push({
            reportId: report.id,
            title: report.title,
            year: report.year,
            kind: report.kind,
            what,
            date,
            daysLeft,
            state: daysLeft < 0 ? 'overdue' : 'soon',
          });
        }
      }
      return items.sort((a, b) => a.daysLeft - b.daysLeft);
    },
  };
}

export type DeadlineService = ReturnType<typeof createDeadlineService>;
