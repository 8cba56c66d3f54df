import { IdSchema } from '../report-schema';
import { z } from '../z';
import { MeasureSchema, MeasureStatusSchema } from './plan-schema';

/** The plan of the same agency and year as a report's checklist (issue 18). */

export const PlanAnswerSchema = z.object({
  sectionId: IdSchema,
  paragraph: z.number().int().min(0),
  excerpt: z.string(),
});
export type PlanAnswer = z.infer<typeof PlanAnswerSchema>;

export const PlanChecklistItemSchema = z.object({
  measure: MeasureSchema,
  /** The aspect (方面) the measure belongs to. */
  aspect: z.string(),
  /** Paragraphs the user confirmed as answering the measure. */
  answers: z.array(PlanAnswerSchema),
  /** Paragraphs found by content and not yet confirmed, best first. */
  suggestions: z.array(PlanAnswerSchema.extend({ score: z.number() })),
  /** Answered: mentioned by the report (confirmed or found) or marked with a status. */
  answered: z.boolean(),
});
export type PlanChecklistItem = z.infer<typeof PlanChecklistItemSchema>;

export const PlanChecklistSchema = z.object({
  plan: z.object({ id: IdSchema, title: z.string(), year: z.number().int(), agency: z.string() }).nullable(),
  items: z.array(PlanChecklistItemSchema),
});
export type PlanChecklist = z.infer<typeof PlanChecklistSchema>;

export const ConfirmAnswerInputSchema = z
  .object({
    reportId: IdSchema,
    measureId: IdSchema,
    sectionId: IdSchema,
    paragraph: z.number().int().min(0),
    /** false removes the confirmation. */
    confirmed: z.boolean().default(true),
  })
  .strict();

export const MarkMeasureInputSchema = z
  .object({
    id: IdSchema,
    status: MeasureStatusSchema,
    reason: z.string().trim().max(500, '原因不能超过 500 个字').default(''),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.status === 'not-done' && !v.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: '请填写未完成的原因' });
  });

export const PlanDeadlineItemSchema = z.object({
  planId: IdSchema,
  planTitle: z.string(),
  /** null: the plan itself is due (to be issued); otherwise one of its measures. */
  measureId: IdSchema.nullable(),
  text: z.string(),
  date: z.string(),
  daysLeft: z.number().int(),
  state: z.enum(['overdue', 'soon']),
});
export type PlanDeadlineItem = z.infer<typeof PlanDeadlineItemSchema>;
