import { withMeasures } from '../../../shared/plan/measure-render';
import type { ReportDetail } from '../../../shared/report-schema';
import type { Db } from '../../db/connection';
import { AppError } from '../app-error';
import type { ExportSettingsStore } from '../export/settings-store';
import type { createPlanServices } from '../plan/plan-handlers';
import type { ReportAccess } from '../reports/report-access';
import type { ReportService } from '../reports/reports';
import type { SectionService } from '../sections/sections';
import type { SettingsService } from '../settings';
import type { VersionService } from '../versions/versions';
import { createReviewStore } from './review-store';

/** Builds the review's dependencies from the core's services (kept here so core.ts stays short). */
export function reviewDeps(c: {
  db: Db;
  access: ReportAccess;
  reports: ReportService;
  sections: SectionService;
  versions: VersionService;
  settings: SettingsService;
  exportSettings: ExportSettingsStore;
  exportedReport(id: string): ReportDetail;
  plan: ReturnType<typeof createPlanServices>;
}) {
  const store = createReviewStore(c.db);
  return {
    store,
    exportedReport: c.exportedReport,
    decorate: (d: ReportDetail) => withMeasures(d, c.plan.measures.list(d.report.id), c.exportSettings.get(d.report.id).planMeasureForm),
    settings: (reportId: string) => c.exportSettings.get(reportId),
    recordExport: (reportId: string) => c.versions.recordExport(reportId, null),
    snapshot: (reportId: string, versionId: string) => c.versions.snapshot(reportId, versionId),
    versionNumber: (reportId: string, versionId: string) => c.versions.list(reportId).find((v) => v.id === versionId)?.number ?? 0,
    lastExport: (reportId: string) => c.versions.list(reportId).find((v) => v.kind === 'export') ?? null,
    isFinal: (reportId: string) => c.access.row(reportId).status === 'final',
    section: (id: string) => {
      const row = c.db.prepare('SELECT report_id FROM sections WHERE id = ?').get(id) as { report_id: string } | undefined;
      if (!row) throw new AppError('NOT_FOUND', '找不到这一部分，可能已被删除。');
      const s = c.sections.listFull(row.report_id).find((x) => x.id === id)!;
      return { content: s.content, revision: s.revision, reportId: row.report_id };
    },
    save: (id: string, content: ReportDetail['sections'][number]['content'], baseRevision: number) =>
      c.sections.save(id, content, { baseRevision, beforeWrite: () => c.versions.beforeSectionSave(id) }),
    authorName: () => c.settings.get().authorName,
  };
}
