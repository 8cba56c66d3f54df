import { IdSchema, IsoDateSchema, ReportSchema, ReportStatusSchema, RevisionSchema } from './report-schema';
import {
  DeadlineItemSchema,
  DeadlinesSchema,
  PublicChecklistSchema,
  ReasonSchema,
  SectionDiffSchema,
  SettingsSchema,
  VersionRefSchema,
  VersionSummarySchema,
} from './versions-schema';
import { z } from './z';

/** Versions and sign-off, settings and deadlines (issue 6); spread at the end of the contract. */
export const versionsContract = {
  'versions.list': { input: z.object({ reportId: IdSchema }).strict(), output: z.array(VersionSummarySchema) },
  /** A version the user names (送审稿, 定稿 ...). */
  'versions.create': {
    input: z
      .object({
        reportId: IdSchema,
        name: z.string().trim().min(1, '请填写版本名称').max(50, '版本名称不能超过 50 个字'),
        reason: ReasonSchema.default(''),
      })
      .strict(),
    output: VersionSummarySchema,
  },
  'versions.compare': {
    input: z.object({ reportId: IdSchema, from: VersionRefSchema, to: VersionRefSchema }).strict(),
    output: z.array(SectionDiffSchema),
  },
  /**
   * Restores the whole version (sectionId null) or one section; returns the version taken first.
   * With a section, `baseRevision` (the revision the client shows) makes it refuse with CONFLICT when
   * another window changed that section meanwhile.
   */
  'versions.restore': {
    input: z
      .object({
        reportId: IdSchema,
        versionId: IdSchema,
        sectionId: IdSchema.nullable().default(null),
        baseRevision: RevisionSchema.optional(),
      })
      .strict(),
    output: VersionSummarySchema,
  },
  'versions.setStatus': {
    input: z.object({ reportId: IdSchema, status: ReportStatusSchema, reason: ReasonSchema.default('') }).strict(),
    output: z.object({ report: ReportSchema, version: VersionSummarySchema }),
  },
  /** Records the version that an export is about to write; a 公开 export needs the full checklist. */
  'versions.recordExport': {
    input: z.object({ reportId: IdSchema, checklist: PublicChecklistSchema.nullable().default(null) }).strict(),
    output: VersionSummarySchema,
  },
  'settings.get': { input: z.object({}).strict(), output: SettingsSchema },
  'settings.update': {
    input: z
      .object({
        authorName: SettingsSchema.shape.authorName.optional(),
        backupDir: SettingsSchema.shape.backupDir.optional(),
        deadlines: DeadlinesSchema.optional(),
      })
      .strict(),
    output: SettingsSchema,
  },
  /** Reports due soon or overdue; `today` defaults to the local date of the machine. */
  'deadlines.list': {
    input: z.object({ today: IsoDateSchema.optional() }).strict(),
    output: z.array(DeadlineItemSchema),
  },
} as const;
