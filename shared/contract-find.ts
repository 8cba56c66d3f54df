import { IdSchema, ReportDetailSchema } from './report-schema';
import { z } from './z';

/**
 * 查找和替换 (issue 14) in the core. The renderer lists the hits itself (shared/find-replace.ts over
 * `reports.get`); the core replaces, so a replace-all is one transaction with an automatic version
 * first (its undo is restoring that version). `baseRevisions` are the section revisions the hits
 * were found in: a section changed since then is refused (find again), nothing is half-replaced.
 */

export const FindOptionsSchema = z
  .object({
    widthInsensitive: z.boolean().default(true),
    yearsOnly: z.boolean().default(false),
    caseSensitive: z.boolean().default(false),
  })
  .strict();

/** Where a hit is: the title, the signature (落款 agency), a section's heading or its text. */
export const FindPlaceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('title') }).strict(),
  z.object({ kind: z.literal('agency') }).strict(),
  z.object({ kind: z.literal('heading'), sectionId: IdSchema }).strict(),
  z.object({ kind: z.literal('content'), sectionId: IdSchema }).strict(),
]);
export type FindPlace = z.infer<typeof FindPlaceSchema>;

export const ReplaceInputSchema = z
  .object({
    reportId: IdSchema,
    query: z.string().min(1, '请输入要查找的内容').max(200, '查找内容不能超过 200 个字'),
    replacement: z.string().max(200, '替换内容不能超过 200 个字'),
    options: FindOptionsSchema.default({ widthInsensitive: true, yearsOnly: false, caseSensitive: false }),
    /** Only these sections (the 当前部分 scope); absent = the whole report with title and 落款. */
    sectionIds: z.array(IdSchema).max(1000).optional(),
    /** One hit only (替换): its place and its index among that place's hits. */
    target: z
      .object({ place: FindPlaceSchema, index: z.number().int().min(0) })
      .strict()
      .optional(),
    baseRevisions: z.record(z.string(), z.number().int()).default({}),
  })
  .strict();
export type ReplaceInput = z.input<typeof ReplaceInputSchema>;

export const ReplaceResultSchema = z.object({
  replaced: z.number().int(),
  /** The automatic version taken first (replace all): restoring it undoes the replacement. */
  versionId: z.string().nullable(),
  versionNumber: z.number().int().nullable(),
  detail: ReportDetailSchema,
});
export type ReplaceResult = z.infer<typeof ReplaceResultSchema>;

export const findContract = {
  'find.replace': { input: ReplaceInputSchema, output: ReplaceResultSchema },
} as const;
