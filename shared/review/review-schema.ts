import { z } from '../z';

/**
 * The one revision model of sign-off (issue 16): a suggestion is a change to a section's text,
 * anchored by the text around it (not by offsets, which every edit moves); a comment is anchored the
 * same way. Suggestions come from a reviewed .docx (tracked or untracked changes) or from the app.
 */

export const CHANGE_KINDS = ['insert', 'delete', 'move', 'edit', 'comment', 'format'] as const;
export const ChangeKindSchema = z.enum(CHANGE_KINDS);
export type ChangeKind = z.infer<typeof ChangeKindSchema>;

/** The text around a place: `before` + `target` + `after` found in a paragraph locates it. */
export const AnchorSchema = z.object({
  before: z.string().max(200),
  target: z.string().max(100_000),
  after: z.string().max(200),
});
export type Anchor = z.infer<typeof AnchorSchema>;

/** One change found in a reviewed file, as `review import --json` prints it. */
export const ReviewChangeSchema = z.object({
  sectionId: z.string().nullable(),
  heading: z.string(),
  kind: ChangeKindSchema,
  /** Inserted (or, for a deletion, deleted) text; a comment's text. */
  text: z.string(),
  /** For an edit: the text it replaces; for a comment: the text it marks. */
  replaced: z.string(),
  author: z.string(),
  date: z.string(),
  /** The paragraph's text around the place, with 【】 around the changed part. */
  context: z.string(),
  tracked: z.boolean(),
  /** Whether accepting can write it into the section; if not, `note` says why. */
  applicable: z.boolean(),
  note: z.string(),
  anchor: AnchorSchema,
  /** Comments: the comment this one answers (index into changes), or null. */
  replyTo: z.number().int().nullable(),
  resolved: z.boolean(),
  /** A whole new paragraph, added after the anchor's place. */
  newParagraph: z.boolean(),
});
export type ReviewChange = z.infer<typeof ReviewChangeSchema>;

export const ReviewImportResultSchema = z.object({
  matchedVersion: z.string(),
  versionNumber: z.number().int(),
  changes: z.array(ReviewChangeSchema),
});
export type ReviewImportResult = z.infer<typeof ReviewImportResultSchema>;

export const SUGGESTION_STATUSES = ['open', 'accepted', 'rejected'] as const;

export const SuggestionSchema = z.object({
  id: z.string(),
  reportId: z.string(),
  sectionId: z.string(),
  heading: z.string(),
  kind: ChangeKindSchema,
  anchor: AnchorSchema,
  /** The text that replaces anchor.target ('' for a deletion). */
  replacement: z.string(),
  author: z.string(),
  date: z.string(),
  source: z.enum(['file', 'app']),
  applicable: z.boolean(),
  note: z.string(),
  status: z.enum(SUGGESTION_STATUSES),
});
export type Suggestion = z.infer<typeof SuggestionSchema>;

export const ReviewCommentSchema = z.object({
  id: z.string(),
  reportId: z.string(),
  sectionId: z.string(),
  parentId: z.string().nullable(),
  anchor: AnchorSchema,
  text: z.string().min(1).max(10_000),
  author: z.string(),
  date: z.string(),
  resolved: z.boolean(),
});
export type ReviewComment = z.infer<typeof ReviewCommentSchema>;

export const ReviewStateSchema = z.object({
  suggestions: z.array(SuggestionSchema),
  comments: z.array(ReviewCommentSchema),
});
export type ReviewState = z.infer<typeof ReviewStateSchema>;
