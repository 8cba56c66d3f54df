import { AgencySchema, IsoDateSchema, TitleSchema, YearSchema } from '../report-schema';
import { z } from '../z';
import { AllowDuplicateSchema, ReportNoteSchema } from '../report-guards';
import { ImportKindSchema, ImportPreviewSchema, PartRoleSchema } from './import-schema';
import { TablesImportResultSchema } from '../gov-info/contract-gov-info';

export { ImportPreviewSchema };

/** 20 MB of file bytes is about 27 million base64 characters. */
const MAX_BASE64_CHARS = 28_000_000;

export const ImportSourceSchema = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('file'),
      fileName: z.string().min(1).max(255),
      base64: z.string().max(MAX_BASE64_CHARS, '文件过大（上限 20 MB）'),
    })
    .strict(),
  z
    .object({
      type: z.literal('text'),
      text: z.string().max(2_000_000, '粘贴的文字过长（超过 200 万字）'),
    })
    .strict(),
  /** Pasted web text with the clipboard's HTML, so that its tables stay tables (issue 12). */
  z
    .object({
      type: z.literal('html'),
      html: z.string().max(8_000_000, '粘贴的网页内容过长'),
      text: z.string().max(2_000_000, '粘贴的文字过长（超过 200 万字）'),
    })
    .strict(),
]);

const Options = {
  source: ImportSourceSchema,
  /** The template the user picked; null lets the importer choose. */
  templateId: z.string().max(64).nullable().default(null),
  /** The user's corrected mapping: one role (or null = extra part) per recovered level-1 part. */
  roles: z.array(PartRoleSchema.nullable()).max(100).nullable().default(null),
  /** The kind as the user corrected it (null: as recognised); the template suggestion follows it. */
  kind: ImportKindSchema.nullable().default(null),
  /** A source in traditional characters: import the text converted to simplified characters. */
  simplify: z.boolean().default(false),
};

export const ImportInputSchema = z.object(Options).strict();

export const ImportSaveInputSchema = z
  .object({
    ...Options,
    title: TitleSchema.optional(),
    agency: AgencySchema.optional(),
    year: YearSchema.optional(),
    reportDate: IsoDateSchema.nullable().optional(),
    allowDuplicate: AllowDuplicateSchema,
    note: ReportNoteSchema.default(''),
  })
  .strict();

export const ImportSaveOutputSchema = z.object({
  id: z.string(),
  preview: ImportPreviewSchema,
  /**
   * A 政府信息公开工作年度报告 whose parts 二、三、四 hold tables: what was read into the new report's
   * grids, the rows that could not be placed with the reason (as `govinfo.importTables`); else null.
   */
  tables: TablesImportResultSchema.omit({ state: true }).nullable(),
});
