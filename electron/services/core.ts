import {
  contract,
  formatInputIssues,
  isMethodName,
  type ApiError,
  type ApiResult,
  type MethodName,
  type MethodOutput,
  type MethodParsedInput,
} from '../../shared/contract';
import { z } from '../../shared/z';
import { openDatabase, type Db } from '../db/connection';
import { AppError } from './app-error';
import { createExportService } from './export/export-service';
import { createExportSettingsStore } from './export/settings-store';
import { createHandlers, type Handlers } from './handlers';
import { createReportAccess } from './reports/report-access';
import { createReportService } from './reports/reports';
import { createFinalizeService } from './reports/finalize';
import { createSectionService } from './sections/sections';
import { createTemplateService, loadBuiltinTemplates } from './templates/templates';
import { createDeadlineService } from './reports/deadlines';
import { createVersionHandlers } from './versions/handlers-versions';
import { createBackupService } from './safety/backup';
import { describeDbError } from './db-errors';
import { createSafetyHandlers } from './safety/handlers-safety';
import { sweepLeftovers } from './safety/leftovers';
import { createPackageService } from './packages/report-package-service';
import { createSearchService } from './search/search';
import { createFindReplaceService } from './search/find-replace';
import { printLayout } from './export/print-layout';
import { createSettingsService } from './settings';
import { createRestoreService } from './versions/version-restore';
import { createVersionService } from './versions/versions';
import { createImportService } from './import/import-service';
import { createRolloverService } from './rollover/rollover-service';
import { rolloverFindings } from '../../shared/rollover/rollover-findings';
import { planFindings } from '../../shared/plan/plan-findings';
import { withMeasures } from '../../shared/plan/measure-render';
import { createPlanServices } from './plan/plan-handlers';
import { createGovInfoService } from './gov-info/gov-info-service';
import { createFieldsService } from './fields/fields-service';
import { withGrids } from '../../shared/gov-info/grid-render';
import { createCheckService } from './checks/checks';
import { loadCheckData } from './checks/checks-data';
import type { PdfPrinter } from './export/pdf-printer';
import { reviewDeps } from './review/review-wiring';
import { createReviewHandlers } from './review/review-handlers';

/** The error as every host sends it; `currentRevision` travels with a section write's CONFLICT. */
function toApiError(error: AppError): ApiError {
  return error.currentRevision === undefined
    ? { code: error.code, message: error.message }
    : { code: error.code, message: error.message, currentRevision: error.currentRevision };
}

export interface CoreOptions {
  dbPath: string;
  templatesDir: string;
  host: 'electron' | 'browser' | 'cli';
  version: string;
  /** Where unexpected errors are logged (never shown raw to the user). */
  log?: (message: string, error: unknown) => void;
  /** Take the daily backup at start (default true); tests of other features turn it off. */
  dailyBackup?: boolean;
  /** Prints the PDF export (Electron window, headless Chromium); without it LibreOffice converts the .docx. */
  pdfPrinter?: PdfPrinter;
}

export interface Core {
  call(method: unknown, input: unknown): Promise<ApiResult<unknown>>;
  invoke<M extends MethodName>(method: M, input: unknown): Promise<MethodOutput<M>>;
  close(): void;
  db: Db;
}

/** Builds the services and the one entry point every host calls. Plain Node: no Electron here. */
export function createCore(options: CoreOptions): Core {
  const builtins = loadBuiltinTemplates(options.templatesDir);
  const checkData = loadCheckData(options.templatesDir);
  const db = openDatabase(options.dbPath);
  const access = createReportAccess(db);
  const templates = createTemplateService(db, builtins);
  const sections = createSectionService(db, access);
  const reports = createReportService(db, access, templates, sections);
  const settings = createSettingsService(db, options.dbPath);
  const versions = createVersionService(db, access, settings);
  const restore = createRestoreService(db, access, versions);
  const deadlines = createDeadlineService(db, reports, settings);
  const backup = createBackupService(db, options.dbPath, settings);
  const swept = sweepLeftovers({ dbPath: options.dbPath, backupFolder: backup.folder() });
  if (swept.length) (options.log ?? console.error)(`removed ${swept.length} leftover(s) older than a day`, swept);
  const packages = createPackageService(db, access, reports, versions, backup);
  const exportSettings = createExportSettingsStore(db, (id) => void access.row(id));
  const govInfo = createGovInfoService(db, access, reports);
  const importer = createImportService({ db, templates, reports, sections, exportSettings, govInfo });
  const rollover = createRolloverService(db, access, reports, sections);
  const plan = createPlanServices({ db, access, reports, sections, templates, settings });
  const fields = createFieldsService(db, access, reports);
  const baseChecks = createCheckService(
    db,
    reports,
    checkData,
    (reportId) => [
      ...rolloverFindings(rollover.status(reportId), sections.summaries(reportId)),
      ...planFindings(plan.checklist.checklist(reportId), sections.summaries(reportId)),
      ...govInfo.findings(reportId),
      ...fields.findings(reportId),
    ],
    (reportId) => rollover.checkInfo(reportId),
  );
  // A 信息公开 part that holds its filled table is not 「还没有内容」 (issue 17).
  const checks = { ...baseChecks, runReport: (reportId: string) => govInfo.adjustReport(reportId, baseChecks.runReport(reportId)) };
  const finalize = createFinalizeService(access, checks, sections);
  const findReplace = createFindReplaceService({ db, access, reports, sections, versions });
  // A plan's measures are written into their aspects for every export format (issue 18).
  // The 信息公开 tables are written into their parts in the national layout (issue 17).
  const exportedReport = (id: string) =>
    withGrids(withMeasures(reports.get(id), plan.measures.list(id), exportSettings.get(id).planMeasureForm), govInfo.values(id));
  const more = {
    ...createVersionHandlers({
      db,
      access,
      reports,
      versions,
      restore,
      settings,
      deadlines,
      finalize,
      search: createSearchService(db),
      rememberBackupFolder: backup.rememberFolder,
    }),
    ...createSafetyHandlers(backup, packages, reports),
    'find.replace': (input: MethodParsedInput<'find.replace'>) => findReplace.replace(input),
    'export.printLayout': ({ reportId }: MethodParsedInput<'export.printLayout'>) =>
      printLayout(exportedReport(reportId), exportSettings.get(reportId)),
  };
  const exporter = createExportService(exportedReport, exportSettings, options.pdfPrinter);
  const handlers: Handlers = createHandlers(
    { templates, reports, sections, info: options, versions, importer, rollover, checks, exporter, exportSettings, finalize },
    {
      ...more,
      ...plan.handlers,
      'govinfo.grids': ({ reportId }) => govInfo.grids(reportId),
      'govinfo.setCells': ({ reportId, cells }) => govInfo.setCells(reportId, cells),
      'govinfo.importTables': ({ reportId, source }) => govInfo.importTables(reportId, source),
      'fields.list': ({ reportId }) => fields.list(reportId),
      'fields.set': ({ reportId, fieldId, value }) => fields.set(reportId, fieldId, value),
      ...createReviewHandlers(reviewDeps({ db, access, reports, sections, versions, settings, exportSettings, exportedReport, plan })),
    },
  );
  const log = options.log ?? ((message, error) => console.error(message, error));

  const call = async (method: unknown, input: unknown): Promise<ApiResult<unknown>> => {
    if (!isMethodName(method)) {
      return { ok: false, error: { code: 'INVALID_INPUT', message: `未知的操作：${String(method).slice(0, 80)}` } };
    }
    const spec = contract[method];
    let parsed: ReturnType<typeof spec.input.safeParse>;
    try {
      parsed = spec.input.safeParse(input ?? {});
    } catch {
      // A structure too deep for the validator itself (it recurses): refused, never a 500.
      return { ok: false, error: { code: 'INVALID_INPUT', message: '提交的内容结构过于复杂（嵌套过深），未保存。' } };
    }
    if (!parsed.success) return { ok: false, error: { code: 'INVALID_INPUT', message: formatInputIssues(parsed.error) } };
    try {
      const handler = handlers[method] as (i: unknown) => unknown;
      const data = await handler(parsed.data);
      // The output is checked too: a handler bug must not hand the renderer malformed data.
      return { ok: true, data: (spec.output as z.ZodType).parse(data) };
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: toApiError(error) };
      const dbError = describeDbError(error);
      if (dbError) return (log(`${method}: database error`, error), { ok: false, error: { code: dbError.code, message: dbError.message } });
      if (error instanceof SyntaxError) log(`${method}: bad JSON in the database`, error);
      else log(`${method} failed`, error);
      return { ok: false, error: { code: 'INTERNAL', message: `操作失败（${method}）：程序内部错误，已记录。已保存的内容不受影响。` } };
    }
  };

  // The daily backup runs in the background: starting the app never waits for it (issue 6).
  if (options.dailyBackup !== false) void backup.dailyIfDue().catch((error: unknown) => log('daily backup failed', error));

  return {
    call,
    async invoke(method, input) {
      const result = await call(method, input);
      if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.currentRevision);
      return result.data as MethodOutput<typeof method>;
    },
    close: () => db.close(),
    db,
  };
}
