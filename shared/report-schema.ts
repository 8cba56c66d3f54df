import { RichTextStateSchema } from './rich-text';
import { TemplateKindSchema, TemplateSchema } from './template-schema';
import { z } from './z';

export const REPORT_STATUSES = ['draft', 'review', 'final'] as const;
export const ReportStatusSchema = z.enum(REPORT_STATUSES);
export type ReportStatus = z.infer<typeof ReportStatusSchema>;
export const REPORT_STATUS_LABELS: Record<ReportStatus, string> = { draft: '起草', review: '审核', final: '定稿' };

export const IdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, '编号格式不正确');
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), '日期不存在');
export const YearSchema = z.number().int('年度必须是整数').min(1949, '年度不能早于 1949 年').max(2200, '年度不能晚于 2200 年');
export const AgencySchema = z.string().trim().min(1, '请填写单位名称').max(100, '单位名称不能超过 100 个字');
export const TitleSchema = z.string().trim().min(1, '标题不能为空').max(200, '标题不能超过 200 个字');
/** A section's revision: bumped by every write of its text or heading (optimistic concurrency, issue 10). */
export const RevisionSchema = z.number().int('版本号必须是整数').min(0, '版本号不正确');
export const HeadingSchema = z.string().trim().min(1, '标题不能为空').max(200, '标题不能超过 200 个字');

export const ReportSchema = z.object({
  id: IdSchema,
  templateId: z.string(),
  templateName: z.string(),
  kind: TemplateKindSchema,
  title: z.string(),
  agency: z.string(),
  year: YearSchema,
  reportDate: IsoDateSchema.nullable(),
  status: ReportStatusSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Tells reports of the same agency, kind and year apart in the library (issue 10). */
  note: z.string(),
  /** Whether any version was taken as 定稿: deleting such a report asks for its title. */
  hasFinalVersion: z.boolean(),
});
export type Report = z.infer<typeof ReportSchema>;

/** 'attachment' = 附件: exported after the body and the closing, each on a new page. */
export const SECTION_KINDS = ['opening', 'part', 'subsection', 'attachment'] as const;
export const SectionKindSchema = z.enum(SECTION_KINDS);
export type SectionKind = z.infer<typeof SectionKindSchema>;

export const SECTION_STATES = ['empty', 'in-progress', 'complete'] as const;
export const SectionStateSchema = z.enum(SECTION_STATES);
export type SectionState = z.infer<typeof SectionStateSchema>;
export const SECTION_STATE_LABELS: Record<SectionState, string> = { empty: '未填写', 'in-progress': '撰写中', complete: '已完成' };

/** What a section looks like in the outline (no content). */
export const SectionSummarySchema = z.object({
  id: IdSchema,
  reportId: IdSchema,
  parentId: IdSchema.nullable(),
  kind: SectionKindSchema,
  /** Template part or subsection id; null for sections the user added. */
  partId: z.string().nullable(),
  heading: z.string(),
  position: z.number().int(),
  required: z.boolean(),
  markedComplete: z.boolean(),
  charCount: z.number().int(),
  state: SectionStateSchema,
  revision: z.number().int(),
  updatedAt: z.string(),
});
export type SectionSummary = z.infer<typeof SectionSummarySchema>;

export const SectionSchema = SectionSummarySchema.extend({
  content: RichTextStateSchema,
  plainText: z.string(),
});
export type Section = z.infer<typeof SectionSchema>;

export const ReportDetailSchema = z.object({
  report: ReportSchema,
  template: TemplateSchema,
  sections: z.array(SectionSchema),
});
export type ReportDetail = z.infer<typeof ReportDetailSchema>;
