import { randomUUID } from 'node:crypto';
import { ReviewStateSchema, type ReviewState } from '../../../shared/review/review-schema';
import type { Db } from '../../db/connection';
import { createReviewStore } from './review-store';

/**
 * Suggestions and comments travel with a report package (issue 16): written beside the sections,
 * given new ids with them for a second copy, inserted after them. A package without them (older
 * app) reads as an empty review.
 */
export const PackageReviewSchema = ReviewStateSchema.optional();

export function reviewForPackage(db: Db, reportId: string): ReviewState {
  const store = createReviewStore(db);
  return { suggestions: store.suggestions(reportId), comments: store.comments(reportId) };
}

/** The review with the new report id and section ids of a copy; comment ids renewed with their replies. */
export function remapReview(
  review: ReviewState | undefined,
  reportId: string,
  sectionId: (old: string) => string,
): ReviewState | undefined {
  if (!review) return undefined;
  const commentIds = new Map(review.comments.map((c) => [c.id, randomUUID()]));
  return {
    suggestions: review.suggestions.map((s) => ({ ...s, id: randomUUID(), reportId, sectionId: sectionId(s.sectionId) })),
    comments: review.comments.map((c) => ({
      ...c,
      id: commentIds.get(c.id)!,
      reportId,
      sectionId: sectionId(c.sectionId),
      parentId: c.parentId ? (commentIds.get(c.parentId) ?? null) : null,
    })),
  };
}

export function insertReview(db: Db, reportId: string, review: ReviewState | undefined, now = new Date().toISOString()): void {
  if (!review) return;
  const suggestion = db.prepare(
    `INSERT INTO review_suggestions (id, report_id, section_id, kind, anchor_json, replacement, author, date, source, applicable, note, status, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const s of review.suggestions) {
    if (s.kind === 'comment') continue;
    suggestion.run(
      s.id,
      reportId,
      s.sectionId,
      s.kind,
      JSON.stringify(s.anchor),
      s.replacement,
      s.author,
      s.date,
      s.source,
      s.applicable ? 1 : 0,
      s.note,
      s.status,
      now,
    );
  }
  const comment = db.prepare(
    `INSERT INTO review_comments (id, report_id, section_id, parent_id, anchor_json, text, author, date, resolved, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  // Threads first, then replies: a reply's parent must exist.
  const ordered = [...review.comments.filter((c) => !c.parentId), ...review.comments.filter((c) => c.parentId)];
  for (const c of ordered)
    comment.run(c.id, reportId, c.sectionId, c.parentId, JSON.stringify(c.anchor), c.text, c.author, c.date, c.resolved ? 1 : 0, now);
}
