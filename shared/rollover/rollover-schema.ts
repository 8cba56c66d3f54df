import { IdSchema, YearSchema } from '../report-schema';
import { YearRoleSchema } from '../years/year-schema';
import { z } from '../z';
import { AllowDuplicateSchema, ReportNoteSchema } from '../report-guards';

/** 「沿用上年」: this year's report made from last year's, and what still needs updating. */

/** Above this share of unchanged text a part is flagged 内容雷同 (the 国办 format punishes copies). */
export const SIMILARITY_WARNING_SHARE = 0.8;

export const RolloverCreateInputSchema = z
  .object({ reportId: IdSchema, year: YearSchema, allowDuplicate: AllowDuplicateSchema, note: ReportNoteSchema.default('') })
  .strict();
export const RolloverCreateOutputSchema = z.object({
  id: IdSchema,
  carriedParts: z.number().int(),
  figures: z.number().int(),
  planItems: z.number().int(),
});

/** stale = 待更新 (last year's text untouched), edited, or confirmed by the user as still true. */
export const CarryStateSchema = z.enum(['stale', 'edited', 'confirmed']);
export type CarryState = z.infer<typeof CarryStateSchema>;
export const CARRY_STATE_LABELS: Record<CarryState, string> = { stale: '待更新', edited: '已修改', confirmed: '已确认' };

export const CarriedPartSchema = z.object({
  sectionId: IdSchema,
  heading: z.string(),
  state: CarryStateSchema,
  /** Share (0–1) of this part's current text that is unchanged from last year. */
  lastYearShare: z.number(),
  /** Figures still highlighted as 上年数据. */
  figures: z.number().int(),
  similar: z.boolean(),
});
export type CarriedPart = z.infer<typeof CarriedPartSchema>;

export const PlanItemStatusSchema = z.enum(['open', 'reported', 'not-done']);
export type PlanItemStatus = z.infer<typeof PlanItemStatusSchema>;

export const PlanItemSchema = z.object({
  id: IdSchema,
  text: z.string(),
  status: PlanItemStatusSchema,
  /** Where it is reported on: a section of this report and the paragraph's index in it. */
  sectionId: IdSchema.nullable(),
  paragraph: z.number().int().nullable(),
  /** The start of that paragraph, as the user saw it when linking. */
  excerpt: z.string(),
  reason: z.string(),
});
export type PlanItem = z.infer<typeof PlanItemSchema>;

/**
 * A year carried from last year's text that should move on (shared/years): 「2025年，我局……」 in the
 * 2026 report, 「2026年，我局将继续……」 in its plans. Offsets are those of the paragraph's text.
 */
export const StaleYearItemSchema = z.object({
  id: z.string(),
  sectionId: IdSchema,
  heading: z.string(),
  paragraph: z.number().int().min(0),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  /** The year as written (「2025」) and what it becomes when confirmed (「2026」). */
  text: z.string(),
  replacement: z.string(),
  /** The words around it, and where the excerpt starts in the paragraph. */
  excerpt: z.string(),
  excerptStart: z.number().int().min(0),
  reason: z.string(),
  role: YearRoleSchema,
});
export type StaleYearItem = z.infer<typeof StaleYearItemSchema>;

export const RolloverStatusSchema = z.object({
  sourceReportId: z.string().nullable(),
  sourceYear: z.number().int().nullable(),
  parts: z.array(CarriedPartSchema),
  planItems: z.array(PlanItemSchema),
  warnings: z.array(z.string()),
  /** Years still to move on, in reading order (empty for a report not made by 沿用上年). */
  staleYears: z.array(StaleYearItemSchema),
  /** The plans part and its subsections, where years are said of the future. */
  planSectionIds: z.array(IdSchema),
});

/** 全部确认 sends every id of the list; a mention whose text has changed since is left alone. */
export const ConfirmYearsInputSchema = z.object({ reportId: IdSchema, ids: z.array(z.string().max(400)).max(5000) }).strict();
export type RolloverStatus = z.infer<typeof RolloverStatusSchema>;

export const DiffChunkSchema = z.object({ kind: z.enum(['same', 'added', 'removed']), text: z.string() });
export type DiffChunk = z.infer<typeof DiffChunkSchema>;

export const RolloverDiffSchema = z.object({
  heading: z.string(),
  lastYear: z.string(),
  current: z.string(),
  share: z.number(),
  chunks: z.array(DiffChunkSchema),
});
export type RolloverDiff = z.infer<typeof RolloverDiffSchema>;

export const MarkPlanItemInputSchema = z
  .object({
    id: IdSchema,
    status: PlanItemStatusSchema,
    sectionId: IdSchema.nullable().default(null),
    paragraph: z.number().int().min(0).nullable().default(null),
    reason: z.string().trim().max(500, '原因不能超过 500 个字').default(''),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.status === 'reported' && (v.sectionId === null || v.paragraph === null)) {
      ctx.addIssue({ code: 'custom', message: '请选择报告中说明落实情况的段落' });
    }
    if (v.status === 'not-done' && !v.reason) ctx.addIssue({ code: 'custom', message: '请填写未落实的原因' });
  });
