import type { searchContract } from '../../../shared/contract-search';
import type { versionsContract } from '../../../shared/contract-versions';
import type { SearchService } from '../search/search';
import type { DeadlineService } from '../reports/deadlines';
import type { Handlers } from '../handlers';
import type { ReportService } from '../reports/reports';
import type { RestoreService } from './version-restore';
import { compareSnapshots } from './version-compare';
import type { VersionService } from './versions';
import type { SettingsService } from '../settings';
import type { Db } from '../../db/connection';
import type { ReportAccess } from '../reports/report-access';
import { takeSnapshot } from './snapshots';
import type { FinalizeService } from '../reports/finalize';

type VersionMethods = keyof typeof versionsContract | keyof typeof searchContract;

export interface VersionDeps {
  db: Db;
  access: ReportAccess;
  reports: ReportService;
  versions: VersionService;
  restore: RestoreService;
  settings: SettingsService;
  deadlines: DeadlineService;
  finalize: FinalizeService;
  search: SearchService;
  rememberBackupFolder(): void;
}

/** The local date (YYYY-MM-DD) of this machine: deadlines are calendar days where the user is. */
export function localToday(date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function createVersionHandlers(d: VersionDeps): Pick<Handlers, VersionMethods> {
  const snapshotOf = (reportId: string, ref: string) =>
    ref === 'current' ? takeSnapshot(d.db, d.access, reportId) : d.versions.snapshot(reportId, ref);
  return {
    'versions.list': ({ reportId }) => d.versions.list(reportId),
    'versions.create': ({ reportId, name, reason }) => d.versions.create(reportId, { kind: 'named', name, reason }),
    'versions.compare': ({ reportId, from, to }) => compareSnapshots(snapshotOf(reportId, from), snapshotOf(reportId, to)),
    'versions.restore': ({ reportId, versionId, sectionId, baseRevision }) =>
      d.restore.restore(reportId, versionId, sectionId, baseRevision),
    'versions.setStatus': ({ reportId, status, reason }) => {
      const version = d.versions.setStatus(reportId, status, d.finalize.prepareTransition(reportId, status, reason));
      return { report: d.reports.get(reportId).report, version };
    },
    'versions.recordExport': ({ reportId, checklist }) => d.versions.recordExport(reportId, checklist),
    'settings.get': () => d.settings.get(),
    'settings.update': (patch) => {
      const next = d.settings.update(patch);
      if (patch.backupDir !== undefined) d.rememberBackupFolder();
      return next;
    },
    'deadlines.list': ({ today }) => d.deadlines.list(today ?? localToday()),
    'search.query': (input) => d.search.search(input),
  };
}
