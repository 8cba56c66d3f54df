import { IdSchema, YearSchema } from '../report-schema';
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

export const RolloverStatusSchema = z.object({
  sourceReportId: z.string().nullable(),
  sourceYear: z.number().int().nullable(),
  parts: z.array(CarriedPartSchema),
  planItems: z.array(PlanItemSchema),
  warnings: z.array(z.string()),
});
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
