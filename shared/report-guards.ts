import { AgencySchema, IdSchema, YearSchema } from './report-schema';
import { TemplateKindSchema } from './template-schema';
import { z } from './z';

/**
 * Issue 10, points 5 and 6: what a client needs to know before a report becomes 定稿 (final), and
 * how two reports of the same agency, kind and year are told apart.
 */

/** The user's own words that tell a report from another of the same agency, kind and year. */
export const ReportNoteSchema = z.string().trim().max(50, '备注不能超过 50 个字');

/** Creating, importing or rolling over: true once the user chose 仍然新建 over the existing report. */
export const AllowDuplicateSchema = z.boolean().default(false);

export const DuplicateQuerySchema = z
  .object({
    agency: AgencySchema,
    year: YearSchema,
    kind: TemplateKindSchema,
  })
  .strict();
export type DuplicateQuery = z.infer<typeof DuplicateQuerySchema>;

/** Two agency names name the same agency when they differ only in spaces. */
export function sameAgency(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
  return norm(a) === norm(b);
}

export const OpenErrorSchema = z.object({
  sectionId: z.string(),
  /** Where it is: the section's heading, or 标题 for the report's title. */
  where: z.string(),
  name: z.string(),
  message: z.string(),
  excerpt: z.string(),
});
export type OpenError = z.infer<typeof OpenErrorSchema>;

/** The full check run before 定稿: error-level findings not ignored, and sections not marked 已完成. */
export const FinalCheckSchema = z.object({
  openErrors: z.array(OpenErrorSchema),
  unfinished: z.array(z.object({ id: IdSchema, heading: z.string() })),
});
export type FinalCheck = z.infer<typeof FinalCheckSchema>;

/** The words a client must send to delete a report that was ever 定稿: its title, typed again. */
export const ConfirmTitleSchema = z.string().max(300).optional();
