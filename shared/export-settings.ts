import { z } from './z';

/**
 * How a report is laid out when exported (GB/T 9704-2012 by default). Stored with each report;
 * the defaults for new reports are stored in the app. Font names are what the document names:
 * the reader's Word or WPS supplies the fonts, the official ones are not shipped.
 */

export const LINE_SPACINGS = [28, 28.95, 29] as const;

const FontName = z.string().trim().min(1, '字体名称不能为空').max(64, '字体名称不能超过 64 个字');

export const ExportFontsSchema = z
  .object({
    title: FontName.default('方正小标宋简体'),
    body: FontName.default('仿宋_GB2312'),
    heading1: FontName.default('黑体'),
    heading2: FontName.default('楷体_GB2312'),
    pageNumber: FontName.default('宋体'),
    /** Digits and Latin letters in every run. */
    latin: FontName.default('Times New Roman'),
  })
  .strict();

export const ExportSettingsSchema = z
  .object({
    fonts: ExportFontsSchema.default(() => ExportFontsSchema.parse({})),
    lineSpacing: z.union([z.literal(28), z.literal(28.95), z.literal(29)], { message: '行距只能是 28、28.95 或 29 磅' }).default(28.95),
    boldHeadings: z.boolean().default(false),
    /** 「1.健全工作机制。」 followed by the paragraph's text, for level-3 headings. */
    runInHeadings: z.boolean().default(false),
    /** A plan's measures: running text 「1.……（牵头单位：…）」 or a task table (issue 18). */
    planMeasureForm: z.enum(['text', 'table']).default('text'),
    pageNumbers: z.boolean().default(true),
    /** Signature (agency) and date after the body. */
    closing: z.boolean().default(true),
    /** The optional 「特此报告。」 line before the signature. */
    closingPhrase: z.boolean().default(false),
    /** Table text size in points, in the body font (仿宋): 四号 14 by default; 三号 16, 小三 15, 小四 12, 五号 10.5 allowed. */
    tableFontSize: z.union([z.literal(16), z.literal(15), z.literal(14), z.literal(12), z.literal(10.5)]).default(14),
  })
  .strict();

export type ExportSettings = z.infer<typeof ExportSettingsSchema>;
export type ExportSettingsInput = z.input<typeof ExportSettingsSchema>;

export function defaultExportSettings(): ExportSettings {
  return ExportSettingsSchema.parse({});
}

export const EXPORT_FORMATS = ['docx', 'pdf', 'html'] as const;
export const ExportFormatSchema = z.enum(EXPORT_FORMATS);
export type ExportFormat = z.infer<typeof ExportFormatSchema>;
