import { IdSchema, IsoDateSchema } from '../report-schema';
import { z } from '../z';
import { ConfirmAnswerInputSchema, MarkMeasureInputSchema, PlanChecklistSchema, PlanDeadlineItemSchema } from './checklist-schema';
import { ParsedPlanSchema, PlanImportSaveInputSchema, PlanSourceSchema } from './plan-import-schema';
import { MeasureSchema, SaveMeasuresInputSchema } from './plan-schema';

/** The annual plan (issue 18): its measures, its import, the checklist it becomes, its deadlines. Spread into the contract. */
export const planContract = {
  /** The measures of a plan, in reading order. */
  'plan.measures': { input: z.object({ reportId: IdSchema }).strict(), output: z.array(MeasureSchema) },
  /** Replaces the measures of one aspect (kept ids keep their status). */
  'plan.saveMeasures': { input: SaveMeasuresInputSchema, output: z.array(MeasureSchema) },
  /** 已完成 / 推进中 / 未完成 (with a reason), or back to 未说明. */
  'plan.markMeasure': { input: MarkMeasureInputSchema, output: MeasureSchema },
  /** The plan of the report's agency and year, measure by measure, with the paragraphs that answer it. */
  'plan.checklist': { input: z.object({ reportId: IdSchema }).strict(), output: PlanChecklistSchema },
  'plan.confirmAnswer': { input: ConfirmAnswerInputSchema, output: PlanChecklistSchema },
  'plan.importPreview': {
    input: z.object({ source: PlanSourceSchema }).strict(),
    output: z.object({ plan: ParsedPlanSchema, issues: z.number().int() }),
  },
  'plan.importSave': { input: PlanImportSaveInputSchema, output: z.object({ id: IdSchema, measures: z.number().int() }) },
  'plan.deadlines': { input: z.object({ today: IsoDateSchema.optional() }).strict(), output: z.array(PlanDeadlineItemSchema) },
} as const;

export const PLAN_METHODS = [
  'plan.measures',
  'plan.saveMeasures',
  'plan.markMeasure',
  'plan.checklist',
  'plan.confirmAnswer',
  'plan.importPreview',
  'plan.importSave',
  'plan.deadlines',
] as const;
