import { AgencySchema, YearSchema } from '../report-schema';
import { z } from '../z';
import { MeasureDeadlineSchema } from './plan-schema';

/** What the plan importer recovers: the structure of a 工作计划/工作要点 and its measures, each with what it could not split. */

export const ParsedMeasureSchema = z.object({
  text: z.string().trim().min(1, '措施内容不能为空').max(2000),
  leadUnit: z.string().max(300),
  units: z.string().max(300),
  deadline: MeasureDeadlineSchema,
  indicator: z.string().max(500),
  /** The 完成时限 as written, when it could not be read as a date, 全年 or 长期. */
  deadlineText: z.string().max(200),
  /** Why the importer is not sure about this item; empty when it split it cleanly. */
  issues: z.array(z.string().max(300)).max(10),
});
export type ParsedMeasure = z.infer<typeof ParsedMeasureSchema>;

const Paragraphs = z.array(z.string().max(20_000)).max(2000);
const Heading = z.string().trim().min(1, '标题不能为空').max(200);

export const ParsedBlockSchema = z.object({
  heading: Heading,
  paragraphs: Paragraphs,
});

export const ParsedAspectSchema = z.object({
  heading: Heading,
  paragraphs: Paragraphs,
  measures: z.array(ParsedMeasureSchema).max(300),
});
export type ParsedAspect = z.infer<typeof ParsedAspectSchema>;

export const ParsedPartSchema = z.object({
  heading: Heading,
  paragraphs: Paragraphs,
  children: z.array(ParsedBlockSchema).max(50),
});
export type ParsedPart = z.infer<typeof ParsedPartSchema>;

export const ParsedPlanSchema = z.object({
  title: z.string().max(200),
  agency: z.string().max(100),
  year: z.number().int().nullable(),
  /** 工作要点 or 工作计划 (from the title), which picks the template. */
  kind: z.enum(['plan', 'points']),
  opening: Paragraphs,
  requirements: ParsedPartSchema.nullable(),
  aspects: z.array(ParsedAspectSchema).max(60),
  safeguards: ParsedPartSchema.nullable(),
  /** Level-1 parts that are neither 总体要求, tasks nor 保障措施: kept as parts of their own. */
  others: z.array(ParsedPartSchema).max(30),
});
export type ParsedPlan = z.infer<typeof ParsedPlanSchema>;

export const PlanSourceSchema = z.discriminatedUnion('type', [
  z
    .object({ type: z.literal('file'), fileName: z.string().min(1).max(255), base64: z.string().max(28_000_000, '文件过大（上限 20 MB）') })
    .strict(),
  z.object({ type: z.literal('text'), text: z.string().max(2_000_000, '粘贴的文字过长（超过 200 万字）') }).strict(),
]);

export const PlanImportSaveInputSchema = z
  .object({ plan: ParsedPlanSchema, agency: AgencySchema, year: YearSchema, templateId: z.string().max(64).nullable().default(null) })
  .strict();

/** One line of the source: a paragraph, or a table row (its cells). */
export interface PlanSourceLine {
  text: string;
  cells?: string[];
}
