import { randomUUID } from 'node:crypto';
import { AnchorSchema, type Anchor, type ReviewComment, type Suggestion } from '../../../shared/review/review-schema';
import type { Db } from '../../db/connection';
import { AppError } from '../app-error';

interface SuggestionRow {
  id: string;
  report_id: string;
  section_id: string;
  heading: string;
  kind: Suggestion['kind'];
  anchor_json: string;
  replacement: string;
  author: string;
  date: string;
  source: Suggestion['source'];
  applicable: number;
  note: string;
  status: Suggestion['status'];
}

interface CommentRow {
  id: string;
  report_id: string;
  section_id: string;
  parent_id: string | null;
  anchor_json: string;
  text: string;
  author: string;
  date: string;
  resolved: number;
}

// A damaged anchor must not break the whole panel: it reads as an empty anchor (never applicable).
function parseAnchor(json: string): Anchor {
  try {
    const parsed = AnchorSchema.safeParse(JSON.parse(json));
    if (parsed.success) return parsed.data;
  } catch {
    /* falls through */
  }
  return { before: '', target: '', after: '' };
}

const toSuggestion = (r: SuggestionRow): Suggestion => ({
  id: r.id,
  reportId: r.report_id,
  sectionId: r.section_id,
  heading: r.heading,
  kind: r.kind,
  anchor: parseAnchor(r.anchor_json),
  replacement: r.replacement,
  author: r.author,
  date: r.date,
  source: r.source,
  applicable: r.applicable === 1,
  note: r.note,
  status: r.status,
});

const toComment = (r: CommentRow): ReviewComment => ({
  id: r.id,
  reportId: r.report_id,
  sectionId: r.section_id,
  parentId: r.parent_id,
  anchor: parseAnchor(r.anchor_json),
  text: r.text,
  author: r.author,
  date: r.date,
  resolved: r.resolved === 1,
});

export type NewSuggestion = Omit<Suggestion, 'id' | 'status' | 'heading'>;
export type NewComment = Omit<ReviewComment, 'id' | 'resolved'> & { resolved?: boolean };

/** Suggestions and comments of a report, in the order they were recorded. */
export function createReviewStore(db: Db, now: () => Date = () => new Date()) {
  const suggestionSql = `SELECT s.*, sec.heading FROM review_suggestions s JOIN sections sec ON sec.id = s.section_id`;
  return {
    suggestions(reportId: string): Suggestion[] {
      const rows = db.prepare(`${suggestionSql} WHERE s.report_id = ? ORDER BY s.rowid`).all(reportId) as SuggestionRow[];
      return rows.map(toSuggestion);
    },
    suggestion(id: string): Suggestion {
      const row = db.prepare(`${suggestionSql} WHERE s.id = ?`).get(id) as SuggestionRow | undefined;
      if (!row) throw new AppError('NOT_FOUND', '找不到这条修订建议，可能已被删除。');
      return toSuggestion(row);
    },
    comments(reportId: string): ReviewComment[] {
      const rows = db.prepare('SELECT * FROM review_comments WHERE report_id = ? ORDER BY rowid').all(reportId) as CommentRow[];
      return rows.map(toComment);
    },
    addSuggestion(s: NewSuggestion): string {
      const id = randomUUID();
      db.prepare(
        `INSERT INTO review_suggestions (id, report_id, section_id, kind, anchor_json, replacement, author, date, source, applicable, note, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        id,
        s.reportId,
        s.sectionId,
        s.kind,
        JSON.stringify(s.anchor),
        s.replacement,
        s.author,
        s.date,
        s.source,
        s.applicable ? 1 : 0,
        s.note,
        now().toISOString(),
      );
      return id;
    },
    addComment(c: NewComment): string {
      const id = randomUUID();
      db.prepare(
        `INSERT INTO review_comments (id, report_id, section_id, parent_id, anchor_json, text, author, date, resolved, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        id,
        c.reportId,
        c.sectionId,
        c.parentId,
        JSON.stringify(c.anchor),
        c.text,
        c.author,
        c.date,
        c.resolved ? 1 : 0,
        now().toISOString(),
      );
      return id;
    },
    setStatus(id: string, status: Suggestion['status']): void {
      db.prepare('UPDATE review_suggestions SET status = ? WHERE id = ?').run(status, id);
    },
    setResolved(id: string, resolved: boolean): void {
      const r = db.prepare('UPDATE review_comments SET resolved = ? WHERE id = ?').run(resolved ? 1 : 0, id);
      if (r.changes === 0) throw new AppError('NOT_FOUND', '找不到这条批注，可能已被删除。');
    },
    comment(id: string): ReviewComment {
      const row = db.prepare('SELECT * FROM review_comments WHERE id = ?').get(id) as CommentRow | undefined;
      if (!row) throw new AppError('NOT_FOUND', '找不到这条批注，可能已被删除。');
      return toComment(row);
    },
  };
}

export type ReviewStore = ReturnType<typeof createReviewStore>;
