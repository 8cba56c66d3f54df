import { IdSchema, YearSchema } from './report-schema';
import { TemplateKindSchema } from './template-schema';
import { z } from './z';

export const SearchInputSchema = z
  .object({
    query: z.string().trim().min(1, '请输入要搜索的文字').max(100, '搜索文字不能超过 100 个字'),
    year: YearSchema.nullable().default(null),
    kind: TemplateKindSchema.nullable().default(null),
    agency: z.string().trim().max(100).nullable().default(null),
    /** Template part id (measures, leaders ...): a subsection counts as part of its parent's part. */
    partId: z.string().max(64).nullable().default(null),
    limit: z.number().int().min(1).max(200).default(50),
  })
  .strict();
export type SearchInput = z.infer<typeof SearchInputSchema>;

export const SnippetPieceSchema = z.object({ text: z.string(), hit: z.boolean() });
export type SnippetPiece = z.infer<typeof SnippetPieceSchema>;

export const SearchHitSchema = z.object({
  reportId: IdSchema,
  reportTitle: z.string(),
  year: z.number().int(),
  agency: z.string(),
  sectionId: IdSchema,
  heading: z.string(),
  partId: z.string().nullable(),
  /** The text around the first match, with the matches marked (never HTML). */
  snippet: z.array(SnippetPieceSchema),
  /** The whole paragraph holding the first match, for copying into another report. */
  paragraph: z.string(),
});
export type SearchHit = z.infer<typeof SearchHitSchema>;

export const SearchResultSchema = z.object({
  hits: z.array(SearchHitSchema),
  /** More hits exist than were returned. */
  truncated: z.boolean(),
  /** `index`: the full-text index answered; `scan`: every term was shorter than three characters. */
  mode: z.enum(['index', 'scan']),
});
export type SearchResult = z.infer<typeof SearchResultSchema>;
