import type { MethodName, MethodOutput, MethodParsedInput } from '../../shared/contract';
import type { safetyContract } from '../../shared/contract-safety';
import type { searchContract } from '../../shared/contract-search';
import type { findContract } from '../../shared/contract-find';
import type { printContract } from '../../shared/contract-print';
import type { versionsContract } from '../../shared/contract-versions';
import type { planContract } from '../../shared/plan/contract-plan';
import type { govInfoContract } from '../../shared/gov-info/contract-gov-info';
import type { fieldsContract } from '../../shared/fields/contract-fields';
import type { reviewContract } from '../../shared/review/contract-review';
import type { CoreOptions } from './core';
import type { ExportFormat } from '../../shared/export-settings';
import type { ExportService } from './export/export-service';
import type { ExportSettingsStore } from './export/settings-store';
import type { ReportService } from './reports/reports';
import type { SectionService } from './sections/sections';
import type { TemplateService } from './templates/templates';
import type { VersionService } from './versions/versions';
import type { ImportService } from './import/import-service';
import type { RolloverService } from './rollover/rollover-service';
import type { CheckService } from './checks/checks';
import type { ExportProgress } from '../../shared/contract-export-jobs';
import { createExportJobs } from './export/export-jobs';
import { recordExportBestEffort } from './versions/export-version';
import type { FinalizeService } from './reports/finalize';

/** Inputs arrive already validated by the contract (defaults applied). */
export type Handlers = {
  [M in MethodName]: (input: MethodParsedInput<M>) => MethodOutput<M> | Promise<MethodOutput<M>>;
};
type VersionHandlers = Pick<
  Handlers,
  | keyof typeof versionsContract
  | keyof typeof searchContract
  | keyof typeof safetyContract
  | keyof typeof planContract
  | keyof typeof findContract
  | keyof typeof printContract
  | keyof typeof govInfoContract
  | keyof typeof fieldsContract
  | keyof typeof reviewContract
>;

interface Services {
  templates: TemplateService;
  reports: ReportService;
  sections: SectionService;
  info: Pick<CoreOptions, 'dbPath' | 'host' | 'version' | 'log'>;
  versions: VersionService;
  importer: ImportService;
  rollover: RolloverService;
  checks: CheckService;
  exporter: ExportService;
  exportSettings: ExportSettingsStore;
  finalize: FinalizeService;
}

const ok = { ok: true } as const;

export function createHandlers(
  { templates, reports, sections, info, versions, importer, rollover, checks, exporter, exportSettings, finalize }: Services,
  more: VersionHandlers,
): Handlers {
  // Every export leaves a version of exactly what was written (issue 6); a 定稿 .docx records its
  // version number in the file's properties.
  const exportWithVersion = async (reportId: string, format: ExportFormat, onProgress?: (p: ExportProgress) => void) => {
    const { version, warning } = recordExportBestEffort(() => versions.recordExport(reportId, null), info.log ?? (() => undefined));
    const final = reports.get(reportId).report.status === 'final';
    // Without a version (disk full, issue 11.7) the file carries no source: a reviewed copy of it is matched by hand.
    const source = version ? { reportId, versionId: version.id, versionNumber: version.number } : undefined;
    const stamp =
      final && version ? { revision: version.number, label: `定稿 第 ${version.number} 版`, source } : source ? { source } : undefined;
    const file = await exporter.file(reportId, format, stamp, onProgress);
    return warning ? { ...file, warning } : file;
  };
  const exportJobs = createExportJobs({
    run: async (reportId, format, onProgress) => exportWithVersion(reportId, format, onProgress),
    checkReport: (reportId) => void reports.get(reportId),
    log: info.log ?? ((message, error) => console.error(message, error)),
  });

  return {
    'app.getInfo': () => ({ version: info.version, host: info.host, dbPath: info.dbPath }),
    'templates.list': () => templates.list(),
    'templates.get': ({ id }) => templates.get(id),
    'templates.copy': ({ id, name }) => templates.copy(id, name),
    'templates.save': ({ template }) => templates.save(template),
    'templates.delete': ({ id }) => (templates.delete(id), ok),
    'templates.importFile': ({ content }) => templates.importFile(content),
    'templates.exportFile': ({ id }) => templates.exportFile(id),

    'reports.list': () => reports.list(),
    'reports.get': ({ id }) => reports.get(id),
    'reports.create': (input) => reports.create(input),
    'reports.update': ({ reason, ...input }) => {
      const from = versions.statusOf(input.id);
      const recorded = input.status ? finalize.prepareTransition(input.id, input.status, reason) : '';
      const report = reports.update(input);
      if (report.status !== from) versions.recordStatusChange(input.id, from, report.status, recorded);
      return report;
    },
    'reports.delete': ({ id, confirmTitle }) => (reports.delete(id, confirmTitle), ok),
    'reports.findDuplicates': (query) => reports.findDuplicates(query),
    'reports.checkFinal': ({ id }) => finalize.check(id),

    'sections.save': ({ id, content, baseRevision, keepCurrentAsVersion }) =>
      sections.save(id, content, {
        baseRevision,
        beforeWrite: () => {
          versions.beforeSectionSave(id);
          if (keepCurrentAsVersion) versions.keepBeforeOverwrite(id);
        },
      }),
    'sections.add': ({ reportId, parentId, heading, partId }) => sections.add(reportId, parentId, heading, partId),
    'sections.rename': ({ id, heading, baseRevision }) => sections.rename(id, heading, baseRevision),
    'sections.move': ({ id, direction }) => sections.move(id, direction),
    'sections.remove': ({ id }) => (sections.remove(id), ok),
    'sections.setComplete': ({ id, complete }) => sections.setComplete(id, complete),

    'export.docx': ({ reportId }) => exportWithVersion(reportId, 'docx'),
    'export.getSettings': ({ reportId }) => exportSettings.get(reportId),
    'export.saveSettings': ({ reportId, settings }) => exportSettings.save(reportId, settings),
    'export.pdf': ({ reportId }) => exportWithVersion(reportId, 'pdf'),
    'export.html': ({ reportId }) => exportWithVersion(reportId, 'html'),

    'import.preview': ({ source, templateId, roles, kind, simplify }) => importer.preview(source, { templateId, roles, kind, simplify }),
    'import.save': ({ source, templateId, roles, kind, simplify, ...overrides }) =>
      importer.save(source, { templateId, roles, kind, simplify }, overrides),

    'rollover.create': ({ reportId, year, allowDuplicate, note }) => rollover.create(reportId, year, { allowDuplicate, note }),
    'rollover.status': ({ reportId }) => rollover.status(reportId),
    'rollover.diff': ({ sectionId }) => rollover.diff(sectionId),
    'rollover.confirmSection': ({ sectionId }) => rollover.confirmSection(sectionId),
    'rollover.markPlanItem': (input) => rollover.markPlanItem(input),
    'rollover.confirmYears': ({ reportId, ids }) => rollover.confirmYears(reportId, ids),

    'checks.getConfig': () => checks.config(),
    'checks.runReport': ({ reportId }) => checks.runReport(reportId),
    'checks.saveUserLists': (lists) => checks.saveUserLists(lists),
    'checks.ignore': (input) => (checks.ignore(input), ok),
    'checks.unignore': ({ reportId, fingerprint }) => (checks.unignore(reportId, fingerprint), ok),
    'sections.addAttachment': ({ reportId, heading }) => sections.addAttachment(reportId, heading),
    ...more,
    'export.start': ({ reportId, format }) => exportJobs.start(reportId, format),
    'export.status': ({ jobId }) => exportJobs.status(jobId),
  };
}
