/**
 * Sign-off review (issue 16): suggestions (changes to a section's text awaiting accept/reject, from a
 * reviewed .docx or the app) and comments with replies. Both are anchored by the text around their
 * place (anchor_json: {before, target, after}), so edits elsewhere do not move them.
 */
export const migration016 = {
  version: 16,
  name: 'review',
  sql: `
    CREATE TABLE review_suggestions (
      id TEXT PRIMARY KEY,
      report_id TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
      section_id TEXT NOT NULL REFERENCES sections (id) ON DELETE CASCADE,
      kind TEXT NOT NULL CHECK (kind IN ('insert', 'delete', 'move', 'edit', 'format')),
      anchor_json TEXT NOT NULL,
      replacement TEXT NOT NULL DEFAULT '',
      author TEXT NOT NULL DEFAULT '',
      date TEXT NOT NULL DEFAULT '',
      source TEXT NOT NULL CHECK (source IN ('file', 'app')),
      applicable INTEGER NOT NULL DEFAULT 1,
      note TEXT NOT NULL DEFAULT '',
      status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'accepted', 'rejected')),
      created_at TEXT NOT NULL
    );
    CREATE INDEX review_suggestions_by_report ON review_suggestions (report_id, status);

    CREATE TABLE review_comments (
      id TEXT PRIMARY KEY,
      report_id TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
      section_id TEXT NOT NULL REFERENCES sections (id) ON DELETE CASCADE,
      parent_id TEXT REFERENCES review_comments (id) ON DELETE CASCADE,
      anchor_json TEXT NOT NULL,
      text TEXT NOT NULL,
      author TEXT NOT NULL DEFAULT '',
      date TEXT NOT NULL DEFAULT '',
      resolved INTEGER NOT NULL DEFAULT 0,
      created_at TEXT NOT NULL
    );
    CREATE INDEX review_comments_by_report ON review_comments (report_id);
  `,
};
