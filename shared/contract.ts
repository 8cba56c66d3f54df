import {
  AgencySchema,
  HeadingSchema,
  IdSchema,
  IsoDateSchema,
  ReportDetailSchema,
  ReportSchema,
  ReportStatusSchema,
  RevisionSchema,
  SectionSummarySchema,
  TitleSchema,
  YearSchema,
} from './report-schema';
import { API_METHODS, type ApiMethod } from './api-methods';
import { ExportSettingsSchema } from './export-settings';
import { RichTextStateSchema } from './rich-text';
import { TemplateSchema, TemplateSummarySchema } from './template-schema';
import { z } from './z';
import { versionsContract } from './contract-versions';
import { searchContract } from './contract-search';
import { safetyContract } from './contract-safety';
import { findContract } from './contract-find';
import { printContract } from './contract-print';
import { ImportInputSchema, ImportPreviewSchema, ImportSaveInputSchema, ImportSaveOutputSchema } from './import/import-contract';
import {
  ConfirmYearsInputSchema,
  MarkPlanItemInputSchema,
  PlanItemSchema,
  RolloverCreateInputSchema,
  RolloverCreateOutputSchema,
  RolloverDiffSchema,
  RolloverStatusSchema,
} from './rollover/rollover-schema';
import { CheckConfigSchema, CheckReportResultSchema, IgnoreFindingInputSchema } from './checks/api-schemas';
import { UserListsSchema } from './checks/data-schema';
import { exportJobsContract } from './contract-export-jobs';
import { ReasonSchema } from './versions-schema';
import { AllowDuplicateSchema, ConfirmTitleSchema, DuplicateQuerySchema, FinalCheckSchema, ReportNoteSchema } from './report-guards';
import { planContract } from './plan/contract-plan';
import { govInfoContract } from './gov-info/contract-gov-info';
import { fieldsContract } from './fields/contract-fields';
import { reviewContract } from './review/contract-review';

/**
 * The one API of the core. Every host (Electron IPC, the browser-mode HTTP server, the CLI) and the
 * renderer's client validate against these schemas; method names read `domain.verbNoun`.
 */

const Empty = z.object({}).strict();
const ById = z.object({ id: IdSchema }).strict();
const Ok = z.object({ ok: z.literal(true) });

const FileSchema = z.object({
  fileName: z.string(),
  mimeType: z.string(),
  /** File bytes in base64, so the same result travels over IPC and HTTP. */
  base64: z.string(),
  /** Said to the user beside the file, e.g. that the export's version could not be recorded (disk full). */
  warning: z.string().optional(),
});

export const contract = {
  'app.getInfo': {
    input: Empty,
    output: z.object({ version: z.string(), host: z.enum(['electron', 'browser', 'cli']), dbPath: z.string() }),
  },
  'templates.list': { input: Empty, output: z.array(TemplateSummarySchema) },
  'templates.get': { input: ById, output: TemplateSchema },
  'templates.copy': {
    input: z.object({ id: IdSchema, name: z.string().trim().min(1, '请填写模板名称').max(100) }).strict(),
    output: TemplateSchema,
  },
  /** Saves a user template (never a built-in one). Input is raw so that the message names the field. */
  'templates.save': { input: z.object({ template: z.unknown() }).strict(), output: TemplateSchema },
  'templates.delete': { input: ById, output: Ok },
  'templates.importFile': {
    input: z.object({ content: z.string().max(2_000_000, '模板文件过大（超过 2 MB）') }).strict(),
    output: TemplateSchema,
  },
  'templates.exportFile': { input: ById, output: FileSchema },

  'reports.list': { input: Empty, output: z.array(ReportSchema) },
  'reports.get': { input: ById, output: ReportDetailSchema },
  'reports.create': {
    input: z
      .object({
        templateId: IdSchema,
        agency: AgencySchema,
        year: YearSchema,
        reportDate: IsoDateSchema.nullable(),
        /** Without it, a report of the same agency, kind and year already there gives CONFLICT. */
        allowDuplicate: AllowDuplicateSchema,
        note: ReportNoteSchema.default(''),
      })
      .strict(),
    output: ReportDetailSchema,
  },
  /** Reports of this agency, template kind and year, to offer opening one instead of making another. */
  'reports.findDuplicates': { input: DuplicateQuerySchema, output: z.array(ReportSchema) },
  /** The full check before 定稿: open error-level findings and sections not marked 已完成. */
  'reports.checkFinal': { input: ById, output: FinalCheckSchema },
  'reports.update': {
    input: z
      .object({
        id: IdSchema,
        title: TitleSchema.optional(),
        agency: AgencySchema.optional(),
        year: YearSchema.optional(),
        reportDate: IsoDateSchema.nullable().optional(),
        status: ReportStatusSchema.optional(),
        /**
         * Recorded with a status change. Required to reopen a 定稿 report, and to make one 定稿 while
         * error-level findings are open (otherwise FORBIDDEN naming how many).
         */
        reason: ReasonSchema.default(''),
        note: ReportNoteSchema.optional(),
      })
      .strict(),
    output: ReportSchema,
  },
  /** A 定稿 report is refused (FORBIDDEN); one that was ever 定稿 needs its title typed as `confirmTitle`. */
  'reports.delete': { input: z.object({ id: IdSchema, confirmTitle: ConfirmTitleSchema }).strict(), output: Ok },

  /**
   * Optimistic concurrency (issue 10): `baseRevision` is the revision the client's text started from;
   * when the stored revision moved on, the save is refused with CONFLICT (and `currentRevision`) and
   * changes nothing. `keepCurrentAsVersion` (用我的版本覆盖): the stored text is kept as a version first.
   */
  'sections.save': {
    input: z
      .object({
        id: IdSchema,
        content: RichTextStateSchema,
        baseRevision: RevisionSchema,
        keepCurrentAsVersion: z.boolean().default(false),
      })
      .strict(),
    output: SectionSummarySchema,
  },
  'sections.add': {
    input: z
      .object({
        reportId: IdSchema,
        /** null adds a level-1 part; a part's id adds a subsection under it. */
        parentId: IdSchema.nullable(),
        heading: HeadingSchema,
        /** The template subsection this one comes from, when the user picked a suggestion. */
        partId: z.string().max(64).nullable().default(null),
      })
      .strict(),
    output: SectionSummarySchema,
  },
  'sections.rename': {
    input: z.object({ id: IdSchema, heading: HeadingSchema, baseRevision: RevisionSchema }).strict(),
    output: SectionSummarySchema,
  },
  'sections.move': {
    input: z.object({ id: IdSchema, direction: z.enum(['up', 'down']) }).strict(),
    output: z.array(SectionSummarySchema),
  },
  'sections.remove': { input: ById, output: Ok },
  'sections.setComplete': {
    input: z.object({ id: IdSchema, complete: z.boolean() }).strict(),
    output: SectionSummarySchema,
  },

  'export.docx': { input: z.object({ reportId: IdSchema }).strict(), output: FileSchema },
  ...versionsContract,
  ...searchContract,
  ...safetyContract,
  ...findContract,
  ...printContract,

  'import.preview': { input: ImportInputSchema, output: ImportPreviewSchema },
  'import.save': { input: ImportSaveInputSchema, output: ImportSaveOutputSchema.extend({ id: IdSchema }) },

  'rollover.create': { input: RolloverCreateInputSchema, output: RolloverCreateOutputSchema },
  'rollover.status': { input: z.object({ reportId: IdSchema }).strict(), output: RolloverStatusSchema },
  'rollover.diff': { input: z.object({ sectionId: IdSchema }).strict(), output: RolloverDiffSchema },
  'rollover.confirmSection': { input: z.object({ sectionId: IdSchema }).strict(), output: RolloverStatusSchema },
  'rollover.markPlanItem': { input: MarkPlanItemInputSchema, output: PlanItemSchema },
  'rollover.confirmYears': { input: ConfirmYearsInputSchema, output: RolloverStatusSchema },

  'checks.getConfig': { input: Empty, output: CheckConfigSchema },
  'checks.runReport': { input: z.object({ reportId: IdSchema }).strict(), output: CheckReportResultSchema },
  'checks.saveUserLists': { input: UserListsSchema, output: UserListsSchema },
  'checks.ignore': { input: IgnoreFindingInputSchema, output: Ok },
  'checks.unignore': { input: z.object({ reportId: IdSchema, fingerprint: z.string().min(1).max(2000) }).strict(), output: Ok },
  /** reportId null: the app's defaults for reports without settings of their own. */
  'export.getSettings': { input: z.object({ reportId: IdSchema.nullable() }).strict(), output: ExportSettingsSchema },
  'export.saveSettings': {
    input: z.object({ reportId: IdSchema.nullable(), settings: ExportSettingsSchema }).strict(),
    output: ExportSettingsSchema,
  },
  /** PDF printed by the host's Chromium from the print layout (LibreOffice from the .docx when no browser is found or it fails). */
  'export.pdf': { input: z.object({ reportId: IdSchema }).strict(), output: FileSchema },
  'export.html': { input: z.object({ reportId: IdSchema }).strict(), output: FileSchema },
  /** Adds an attachment (附件) at the end; its title is the heading. Move/rename/remove use the section methods. */
  'sections.addAttachment': { input: z.object({ reportId: IdSchema, heading: HeadingSchema }).strict(), output: SectionSummarySchema },
  ...exportJobsContract,
  ...planContract,
  ...govInfoContract,
  ...fieldsContract,
  ...reviewContract,
} as const satisfies Record<ApiMethod, { input: z.ZodType; output: z.ZodType }>;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;
/** The input as a handler sees it: validated, defaults applied. */
export type MethodParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;

export const METHOD_NAMES: readonly MethodName[] = API_METHODS;

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

export const ERROR_CODES = [
  'INVALID_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  'TOO_LARGE',
  'DB_TOO_NEW',
  'IO_ERROR',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const ApiErrorSchema = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  /** With CONFLICT from a section write: the revision now stored, to save against after the user chose. */
  currentRevision: z.number().int().optional(),
});
export type ApiError = z.infer<typeof ApiErrorSchema>;

export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError };

export function apiResultSchema<T extends z.ZodType>(data: T) {
  return z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), data }), z.object({ ok: z.literal(false), error: ApiErrorSchema })]);
}

/** Formats a zod error for a user: field path and message, in Chinese. */
export function formatInputIssues(error: z.ZodError): string {
  const parts = error.issues.slice(0, 3).map((issue) => {
    const where = issue.path.length ? `${issue.path.map(String).join('.')}：` : '';
    return `${where}${issue.message}`;
  });
  return `输入不正确：${parts.join('；')}`;
}
