import { z } from '../z';
import { ImportTableSchema, type ImportTable } from './import-table';

/**
 * What the importer recovers from last year's .docx, a .txt file or pasted web text. The same
 * object is printed by `nianbao import --json`, shown in the import dialog and used to save.
 */

/** The meaning of a level-1 part, independent of the template's own part ids. */
export const PART_ROLES = ['measures', 'leaders', 'shortcomings', 'plans', 'other', 'overview', 'active', 'requests', 'appeals'] as const;
export const PartRoleSchema = z.enum(PART_ROLES);
export type PartRole = z.infer<typeof PartRoleSchema>;
export const PART_ROLE_LABELS: Record<PartRole, string> = {
  measures: '主要举措和成效',
  leaders: '第一责任人履职情况',
  shortcomings: '存在的不足和原因',
  plans: '下一年度主要安排',
  other: '其他需要报告的情况',
  // The parts of a 政府信息公开工作年度报告 (its 存在的主要问题 is `shortcomings`, 其他事项 `other`).
  overview: '总体情况',
  active: '主动公开政府信息情况',
  requests: '收到和处理政府信息公开申请情况',
  appeals: '政府信息公开行政复议、行政诉讼情况',
};

export const IMPORT_KINDS = ['fazhi-annual', 'yifa-report', 'work-plan', 'briefing', 'gov-info', 'other'] as const;
export const ImportKindSchema = z.enum(IMPORT_KINDS);
export type ImportKind = z.infer<typeof ImportKindSchema>;
export const IMPORT_KIND_LABELS: Record<ImportKind, string> = {
  'fazhi-annual': '法治政府建设年度报告',
  'yifa-report': '依法行政工作报告',
  'work-plan': '工作计划/要点',
  briefing: '政策解读或新闻发布材料',
  'gov-info': '政府信息公开工作年度报告',
  other: '其他文稿',
};

export type HeadingLevel = 1 | 2 | 3 | 4;

export interface ImportedSection {
  level: HeadingLevel;
  /** The number as written in the source, e.g. 「一」「（二）」「3」; empty when only a style marked it. */
  number: string;
  heading: string;
  /** Role of a level-1 part; null for lower levels and for parts that fit no template part. */
  part: PartRole | null;
  /** 字数 as the created report counts it: text and children, the heading only at levels 3–4 (white space not counted). */
  chars: number;
  /** Paragraphs between this heading and its first child. */
  paragraphs: string[];
  /** Paragraphs that are tables (their text is the tab-separated rows), by paragraph index. */
  tables?: Record<string, ImportTable>;
  children: ImportedSection[];
}

export const ImportedSectionSchema: z.ZodType<ImportedSection> = z.lazy(() =>
  z.object({
    level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
    number: z.string(),
    heading: z.string(),
    part: PartRoleSchema.nullable(),
    chars: z.number().int(),
    paragraphs: z.array(z.string()),
    tables: z.record(z.string(), ImportTableSchema).optional(),
    children: z.array(ImportedSectionSchema),
  }),
);

export const ImportPreviewSchema = z.object({
  kind: ImportKindSchema,
  /** How sure the classifier is (0–1) and the cues it weighed. */
  kindConfidence: z.number().min(0).max(1),
  kindReasons: z.array(z.string()),
  title: z.string(),
  agency: z.string(),
  year: z.number().int().nullable(),
  date: z.string().nullable(),
  template: z.string(),
  opening: z.array(z.string()),
  /** Paragraphs of the opening that are tables, by index. */
  openingTables: z.record(z.string(), ImportTableSchema).optional(),
  sections: z.array(ImportedSectionSchema),
  signature: z.string().nullable(),
  /** Index metadata of a web page (索引号, 发布机构, 发文日期 …), key → value. */
  metadata: z.record(z.string(), z.string()),
  missingParts: z.array(PartRoleSchema),
  /** Best guesses for the parts that fit no template part: shown, never applied by themselves. */
  suggestions: z.array(z.object({ index: z.number().int().min(0), part: PartRoleSchema.nullable(), reason: z.string() })),
  /** The layout the source has, kept in the new report's export settings (what comes in goes out). */
  layout: z.object({
    /** 「1.优化机构职能。坚持……」: level-3 headings run into their text. */
    runInHeadings: z.boolean(),
    /** The body ended with 「特此报告。」 (written by the export after the body). */
    closingPhrase: z.boolean(),
    /** The source had a signature or a date. */
    closing: z.boolean(),
  }),
  /** The source is in traditional characters; `simplified`: the text shown (and saved) is converted. */
  traditional: z.boolean(),
  simplified: z.boolean(),
  warnings: z.array(z.string()),
  /** What the cleaning removed (navigation, widgets, metadata lines are in `metadata`). */
  removed: z.array(z.string()),
  /** The cleaned source, one paragraph per entry, for the side-by-side view. */
  sourceLines: z.array(z.string()),
});
export type ImportPreview = z.infer<typeof ImportPreviewSchema>;

/** One paragraph of the source as a reader produced it; `style` is a real heading style of a .docx. */
export interface SourceBlock {
  text: string;
  style: 'title' | HeadingLevel | null;
  /** A table (.docx, pasted rows); `text` is then its tab-separated rows. */
  table?: ImportTable;
}
