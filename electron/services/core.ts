import { contract, formatInputIssues, isMethodName, type ApiResult, type MethodName, type MethodOutput } from '../../shared/contract';
import { z } from '../../shared/z';
import { openDatabase, type Db } from '../db/connection';
import { AppError } from './app-error';
import { createExportService } from './export/export-service';
import { createExportSettingsStore } from './export/settings-store';
import { createHandlers, type Handlers } from './handlers';
import { createReportAccess } from './report-access';
import { createReportService } from './reports';
import { createSectionService } from './sections';
import { createTemplateService, loadBuiltinTemplates } from './templates';

export interface CoreOptions {
  dbPath: string;
  templatesDir: string;
  host: 'electron' | 'browser' | 'cli';
  version: string;
  /** Where unexpected errors are logged (never shown raw to the user). */
  log?: (message: string, error: unknown) => void;
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
  const db = openDatabase(options.dbPath);
  const access = createReportAccess(db);
  const templates = createTemplateService(db, builtins);
  const sections = createSectionService(db, access);
  const reports = createReportService(db, access, templates, sections);
  const exportSettings = createExportSettingsStore(db, (id) => void access.row(id));
  const exporter = createExportService(reports.get, exportSettings);
  const handlers: Handlers = createHandlers({ templates, reports, sections, info: options, exporter, exportSettings });
  const log = options.log ?? ((message, error) => console.error(message, error));

  const call = async (method: unknown, input: unknown): Promise<ApiResult<unknown>> => {
    if (!isMethodName(method)) {
      return { ok: false, error: { code: 'INVALID_INPUT', message: `未知的操作：${String(method).slice(0, 80)}` } };
    }
    const spec = contract[method];
    const parsed = spec.input.safeParse(input ?? {});
    if (!parsed.success) return { ok: false, error: { code: 'INVALID_INPUT', message: formatInputIssues(parsed.error) } };
    try {
      const handler = handlers[method] as (i: unknown) => unknown;
      const data = await handler(parsed.data);
      // The output is checked too: a handler bug must not hand the renderer malformed data.
      return { ok: true, data: (spec.output as z.ZodType).parse(data) };
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: { code: error.code, message: error.message } };
      if (error instanceof SyntaxError) log(`${method}: bad JSON in the database`, error);
      else log(`${method} failed`, error);
      return { ok: false, error: { code: 'INTERNAL', message: `操作失败（${method}）：程序内部错误，已记录。已保存的内容不受影响。` } };
    }
  };

  return {
    call,
    async invoke(method, input) {
      const result = await call(method, input);
      if (!result.ok) throw new AppError(result.error.code, result.error.message);
      return result.data as MethodOutput<typeof method>;
    },
    close: () => db.close(),
    db,
  };
}
