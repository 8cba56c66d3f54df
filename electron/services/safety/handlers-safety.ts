import type { safetyContract } from '../../../shared/contract-safety';
import type { BackupFile } from './backup-files';
import type { BackupService } from './backup';
import type { Handlers } from '../handlers';
import type { PackageService } from '../packages/report-package-service';
import type { ReportService } from '../reports/reports';
import path from 'node:path';
import { AppError } from '../app-error';

type SafetyMethods = keyof typeof safetyContract;

const toEntry = (f: BackupFile) => ({ fileName: path.basename(f.file), kind: f.kind, createdAt: f.createdAt.toISOString(), size: f.size });

export function createSafetyHandlers(
  backup: BackupService,
  packages: PackageService,
  reports: Pick<ReportService, 'damaged'>,
): Pick<Handlers, SafetyMethods> {
  return {
    'backup.list': () => ({ folder: backup.folder(), backups: backup.list().map(toEntry) }),
    'backup.create': async () => toEntry(await backup.create('manual')),
    'backup.restore': async ({ fileName }) => {
      const found = backup.list().find((f) => path.basename(f.file) === fileName);
      if (!found) throw new AppError('NOT_FOUND', `备份文件夹中没有“${fileName}”。`);
      return toEntry(await backup.restore(found.file));
    },
    'reports.damaged': () => reports.damaged(),
    'reports.exportPackage': ({ reportId }) => packages.export(reportId),
    'reports.importPackage': ({ base64, ifExists }) => packages.import(Buffer.from(base64, 'base64'), ifExists),
  };
}
