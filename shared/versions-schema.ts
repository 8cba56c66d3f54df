import { IdSchema, IsoDateSchema, ReportStatusSchema, SectionKindSchema } from './report-schema';
import { TemplateKindSchema } from './template-schema';
import { z } from './z';

/** Why a version was taken; the list shows the label. */
export const VERSION_KINDS = ['auto', 'export', 'status', 'named', 'restore', 'reopen', 'import'] as const;
export const VersionKindSchema = z.enum(VERSION_KINDS);
export type VersionKind = z.infer<typeof VersionKindSchema>;
export const VERSION_KIND_LABELS: Record<VersionKind, string> = {
  auto: '自动保存',
  export: '导出',
  status: '状态变更',
  named: '命名版本',
  restore: '恢复前',
  reopen: '重新打开',
  import: '导入',
};

/** The names users give versions most; any other name is allowed too. */
export const SUGGESTED_VERSION_NAMES = ['送审稿', '定稿'] as const;

/** Before a 公开 (website) export, all three must be ticked; the answers are kept with the version. */
export const PublicChecklistSchema = z
  .object({
    secrecyReviewed: z.boolean(),
    disclosureDecided: z.boolean(),
    leaderSignedOff: z.boolean(),
    /** Who signed off, as the user typed it. */
    signedOffBy: z.string().trim().max(50).default(''),
  })
  .strict();
export type PublicChecklist = z.infer<typeof PublicChecklistSchema>;

export const VersionSummarySchema = z.object({
  id: IdSchema,
  reportId: IdSchema,
  number: z.number().int(),
  kind: VersionKindSchema,
  name: z.string().nullable(),
  reason: z.string(),
  author: z.string(),
  status: ReportStatusSchema,
  checklist: PublicChecklistSchema.nullable(),
  createdAt: z.string(),
});
export type VersionSummary = z.infer<typeof VersionSummarySchema>;

/** One section as a version keeps it (the content is the Lexical JSON, kept verbatim). */
export const SnapshotSectionSchema = z.object({
  id: IdSchema,
  parentId: IdSchema.nullable(),
  kind: SectionKindSchema,
  partId: z.string().nullable(),
  heading: z.string(),
  position: z.number().int(),
  required: z.boolean(),
  markedComplete: z.boolean(),
  contentJson: z.string(),
  plainText: z.string(),
});
export type SnapshotSection = z.infer<typeof SnapshotSectionSchema>;

export const SnapshotSchema = z.object({
  title: z.string(),
  agency: z.string(),
  year: z.number().int(),
  reportDate: z.string().nullable(),
  status: ReportStatusSchema,
  sections: z.array(SnapshotSectionSchema),
});
export type Snapshot = z.infer<typeof SnapshotSchema>;

/** `current` is the report as it is now; otherwise a version id. */
export const VersionRefSchema = z.union([z.literal('current'), IdSchema]);

export const DiffPartSchema = z.object({ type: z.enum(['equal', 'insert', 'delete']), text: z.string() });
export type DiffPart = z.infer<typeof DiffPartSchema>;

export const SectionDiffSchema = z.object({
  sectionId: IdSchema,
  heading: z.string(),
  change: z.enum(['same', 'changed', 'added', 'removed']),
  oldText: z.string(),
  newText: z.string(),
  parts: z.array(DiffPartSchema),
});
export type SectionDiff = z.infer<typeof SectionDiffSchema>;

export const ReasonSchema = z.string().trim().max(500, '理由不能超过 500 个字');

export const DeadlineRuleSchema = z
  .object({
    /** Month-day (MM-DD) in the year after the report's year. */
    due: z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, '日期格式应为 MM-DD'),
    publish: z
      .string()
      .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, '日期格式应为 MM-DD')
      .nullable(),
  })
  .strict();
export type DeadlineRule = z.infer<typeof DeadlineRuleSchema>;
export const DeadlinesSchema = z.partialRecord(TemplateKindSchema, DeadlineRuleSchema);
export type Deadlines = z.infer<typeof DeadlinesSchema>;

export const SettingsSchema = z.object({
  authorName: z.string().trim().max(50, '姓名不能超过 50 个字'),
  backupDir: z.string().max(1000),
  deadlines: DeadlinesSchema,
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DeadlineItemSchema = z.object({
  reportId: IdSchema,
  title: z.string(),
  year: z.number().int(),
  kind: TemplateKindSchema,
  what: z.enum(['due', 'publish']),
  date: IsoDateSchema,
  daysLeft: z.number().int(),
  state: z.enum(['overdue', 'soon']),
});
export type DeadlineItem = z.infer<typeof DeadlineItemSchema>;
