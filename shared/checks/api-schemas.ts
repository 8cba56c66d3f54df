import { IdSchema } from '../report-schema';
import { z } from '../z';
import { CheckDataSchema, UserListsSchema } from './data-schema';
import { FindingSchema, type Finding } from './types';

/** A finding of a whole-report check, with whether the user chose to ignore it (who, when). */
export const ReportFindingSchema = FindingSchema.extend({
  fingerprint: z.string(),
  ignored: z.object({ by: z.string(), at: z.string() }).nullable(),
});
export type ReportFinding = z.infer<typeof ReportFindingSchema>;

export const CheckSummarySchema = z.object({
  total: z.number().int(),
  error: z.number().int(),
  warning: z.number().int(),
  suggestion: z.number().int(),
  ignored: z.number().int(),
  byCategory: z.record(z.string(), z.number().int()),
  byRule: z.record(z.string(), z.number().int()),
});
export type CheckSummaryResult = z.infer<typeof CheckSummarySchema>;

export const CheckReportResultSchema = z.object({ findings: z.array(ReportFindingSchema), summary: CheckSummarySchema });
export type CheckReportResult = z.infer<typeof CheckReportResultSchema>;

export const CheckConfigSchema = z.object({ data: CheckDataSchema, user: UserListsSchema });
export type CheckConfig = z.infer<typeof CheckConfigSchema>;

export const IgnoreFindingInputSchema = z
  .object({
    reportId: IdSchema,
    fingerprint: z.string().min(1).max(2000),
    rule: z.string().min(1).max(100),
    excerpt: z.string().max(500),
    /** Who ignores it; the core falls back to the computer's user name. */
    by: z.string().trim().max(50).optional(),
  })
  .strict();

/**
 * Identifies a finding across edits elsewhere in the report: the rule, the section and the words
 * around it, not character offsets (which move whenever text is typed above it).
 */
export function fingerprintOf(f: Pick<Finding, 'rule' | 'sectionId' | 'excerpt' | 'message'>): string {
  return `${f.rule}|${f.sectionId}|${f.excerpt}|${f.message}`;
}
