import { IdSchema, RevisionSchema } from '../report-schema';
import { z } from '../z';
import { AnchorSchema, ReviewImportResultSchema, ReviewStateSchema } from './review-schema';

const MAX_BASE64 = Math.ceil((50 * 1024 * 1024 * 4) / 3) + 4;

const ImportInput = z.object({ reportId: IdSchema, base64: z.string().min(1).max(MAX_BASE64), versionId: IdSchema.optional() }).strict();

/** Sign-off review (issue 16): review copy export, reviewed-file import, suggestions and comments. */
export const reviewContract = {
  'review.state': { input: z.object({ reportId: IdSchema }).strict(), output: ReviewStateSchema },
  'review.exportDocx': {
    input: z.object({ reportId: IdSchema }).strict(),
    output: z.object({
      fileName: z.string(),
      mimeType: z.string(),
      base64: z.string(),
      skipped: z.array(z.string()),
      written: z.object({ suggestions: z.number().int(), comments: z.number().int() }),
    }),
  },
  'review.importPreview': { input: ImportInput, output: ReviewImportResultSchema },
  'review.importApply': {
    input: ImportInput,
    output: ReviewImportResultSchema.extend({ recorded: z.object({ suggestions: z.number().int(), comments: z.number().int() }) }),
  },
  'review.accept': {
    input: z.object({ suggestionId: IdSchema, baseRevision: RevisionSchema.optional() }).strict(),
    output: z.object({ sectionId: IdSchema, revision: z.number().int() }),
  },
  'review.reject': { input: z.object({ suggestionId: IdSchema }).strict(), output: z.object({ ok: z.literal(true) }) },
  'review.decideMany': {
    input: z.object({ reportId: IdSchema, decision: z.enum(['accept', 'reject']), sectionId: IdSchema.optional() }).strict(),
    output: z.object({ done: z.number().int(), failed: z.array(z.string()) }),
  },
  'review.addComment': {
    input: z
      .object({
        reportId: IdSchema,
        sectionId: IdSchema,
        anchor: AnchorSchema,
        text: z.string().trim().min(1, '批注内容不能为空').max(10_000),
        parentId: IdSchema.optional(),
      })
      .strict(),
    output: z.object({ id: z.string() }),
  },
  'review.signoffSheet': {
    input: z.object({ reportId: IdSchema, versionId: IdSchema.optional() }).strict(),
    output: z.object({
      fileName: z.string(),
      mimeType: z.string(),
      base64: z.string(),
      sha256: z.string(),
      versionNumber: z.number().int(),
    }),
  },
  'review.textHash': {
    input: z.object({ base64: z.string().min(1).max(MAX_BASE64) }).strict(),
    output: z.object({ sha256: z.string() }),
  },
  'review.addSuggestion': {
    input: z
      .object({
        reportId: IdSchema,
        sectionId: IdSchema,
        anchor: AnchorSchema,
        replacement: z.string().max(100_000),
      })
      .strict()
      .refine((x) => x.anchor.target !== '' || x.replacement !== '', '修订内容不能为空'),
    output: z.object({ id: z.string() }),
  },
  'review.resolveComment': {
    input: z.object({ commentId: IdSchema, resolved: z.boolean() }).strict(),
    output: z.object({ ok: z.literal(true) }),
  },
} as const;
