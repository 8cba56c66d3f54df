import { z } from '../z';

/**
 * Schemas of the shared year/date analysis (shared/years/analyze-years.ts). The API, the rollover
 * service, the checks and the UI all speak these types.
 */

/**
 * What a year or date mention is in the text of a report whose reporting year is R:
 * - reporting / previous / plan / other: a plain year or date naming R, R−1, R+1 or any other year;
 * - statistics-period: 「截至2025年12月31日」「截至2025年底」, the end of the reporting period;
 * - report-date: the date of the report itself (成文日期, when the context gives it);
 * - range: 「2021—2025年」「2023年至2025年」 in running text;
 * - document-title: a year or range in parentheses after a title (纲要（2021—2025年）, （2019年修订）);
 * - citation: anything inside 《》 (a document's title is quoted as it is);
 * - document-number: 〔2019〕28号, （2021）3号;
 * - five-year-plan: 「十四五」 (years 2021–2025);
 * - event: a day named by its date, 「3·15」「12·4」 (no year at all).
 */
export const YEAR_ROLES = [
  'reporting',
  'previous',
  'plan',
  'other',
  'statistics-period',
  'report-date',
  'range',
  'document-title',
  'citation',
  'document-number',
  'five-year-plan',
  'event',
] as const;
export const YearRoleSchema = z.enum(YEAR_ROLES);
export type YearRole = z.infer<typeof YearRoleSchema>;

export const YEAR_ROLE_LABELS: Record<YearRole, string> = {
  reporting: '报告年度',
  previous: '上一年度',
  plan: '计划年度',
  other: '其他年份',
  'statistics-period': '统计截止日期',
  'report-date': '成文日期',
  range: '年份区间',
  'document-title': '文件名称中的年份',
  citation: '书名号内的引用',
  'document-number': '文号',
  'five-year-plan': '五年规划',
  event: '以日期命名的活动',
};

/** Roles that name a document or an event: never stale, never changed by 沿用上年. */
export const FIXED_YEAR_ROLES: ReadonlySet<YearRole> = new Set<YearRole>([
  'range',
  'document-title',
  'citation',
  'document-number',
  'five-year-plan',
  'event',
]);

export const YearFixSchema = z.object({
  /** UTF-16 offsets in the analysed text: the year's digits only (「2025」 of 「2025年12月31日」). */
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  text: z.string(),
});
export type YearFix = z.infer<typeof YearFixSchema>;

export const YearMentionSchema = z.object({
  /** UTF-16 offsets of the whole mention in the analysed text, end exclusive. */
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  text: z.string(),
  role: YearRoleSchema,
  /** The year named (the first one of a range or a five-year plan); null for an event. */
  year: z.number().int().nullable(),
  /** The last year of a range or a five-year plan; equal to `year` otherwise. */
  endYear: z.number().int().nullable(),
  /** 1–12 when a month is named (「2025年3月」), else null. */
  month: z.number().int().nullable(),
  /** Compared with (「较2024年增长」「与2024年相比」): the year is meant as it stands. */
  comparison: z.boolean(),
  /** Said of the future (a plan part, 「将继续」「计划」「力争」…). */
  future: z.boolean(),
  /** Left over from the report this one was made from: the year should move on. */
  stale: z.boolean(),
  /** Why it is stale, in Chinese (empty when not stale). */
  reason: z.string(),
  /** The suggested change when stale: the year's digits replaced by the new year. */
  fix: YearFixSchema.nullable(),
});
export type YearMention = z.infer<typeof YearMentionSchema>;

/** What the analysis needs to know about the text. */
export interface YearContext {
  /** The year the report is about (报告年度). */
  reportingYear: number;
  /** ISO date of the report (成文日期), if known: a date equal to it is the report date. */
  reportDate?: string | null;
  /** 'plan': the text is from the plans part (下一年度…主要安排); years there are meant as future. */
  sectionRole?: 'plan' | 'body' | 'title' | null;
}
