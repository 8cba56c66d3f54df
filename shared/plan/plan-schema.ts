import { IdSchema, IsoDateSchema } from '../report-schema';
import { z } from '../z';

/**
 * The annual plan (法治政府建设年度工作计划 / 工作要点, issue 18): its measures (措施) are structured
 * items under the plan's aspects (方面) — text, 牵头单位, 责任单位, 完成时限 and an optional indicator
 * — stored in their own table (migration 018), one row per measure, tied to the section (aspect) it
 * belongs to. The report of the same agency and year answers them (its plan checklist).
 */

/** 完成时限: an ISO date (「2025年6月底前」 is 2025-06-30), 全年, 长期, or '' (not given). */
export const DEADLINE_WORDS = ['全年', '长期'] as const;
export function isMeasureDeadline(value: string): boolean {
  return value === '' || (DEADLINE_WORDS as readonly string[]).includes(value) || IsoDateSchema.safeParse(value).success;
}
export const MeasureDeadlineSchema = z.string().refine(isMeasureDeadline, '完成时限应为日期（如 2025-12-31）、“全年”或“长期”');
export type MeasureDeadline = z.infer<typeof MeasureDeadlineSchema>;

const Unit = z.string().trim().max(300, '单位名称不能超过 300 个字');

/** What the user edits: one measure. */
export const MeasureInputSchema = z
  .object({
    /** Absent for a new measure. */
    id: IdSchema.optional(),
    text: z.string().trim().min(1, '措施内容不能为空').max(2000, '措施内容不能超过 2000 个字'),
    leadUnit: Unit.default(''),
    units: Unit.default(''),
    deadline: MeasureDeadlineSchema.default(''),
    indicator: z.string().trim().max(500, '指标不能超过 500 个字').default(''),
  })
  .strict();
export type MeasureInput = z.input<typeof MeasureInputSchema>;

/** 已完成 / 推进中 / 未完成 (with a reason); open = not yet answered. */
export const MEASURE_STATUSES = ['open', 'done', 'in-progress', 'not-done'] as const;
export const MeasureStatusSchema = z.enum(MEASURE_STATUSES);
export type MeasureStatus = z.infer<typeof MeasureStatusSchema>;
export const MEASURE_STATUS_LABELS: Record<MeasureStatus, string> = {
  open: '未说明',
  done: '已完成',
  'in-progress': '推进中',
  'not-done': '未完成',
};

export const MeasureSchema = z.object({
  id: IdSchema,
  reportId: IdSchema,
  sectionId: IdSchema,
  position: z.number().int(),
  text: z.string(),
  leadUnit: z.string(),
  units: z.string(),
  deadline: MeasureDeadlineSchema,
  indicator: z.string(),
  status: MeasureStatusSchema,
  reason: z.string(),
});
export type Measure = z.infer<typeof MeasureSchema>;

export const SaveMeasuresInputSchema = z
  .object({ sectionId: IdSchema, measures: z.array(MeasureInputSchema).max(200, '一个方面最多 200 项措施') })
  .strict();

/** How measures are written in the export: running text after the aspect, or a task table. */
export const MEASURE_FORMS = ['text', 'table'] as const;
export const MeasureFormSchema = z.enum(MEASURE_FORMS);
export type MeasureForm = z.infer<typeof MeasureFormSchema>;
