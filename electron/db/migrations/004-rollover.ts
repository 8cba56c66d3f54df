/**
 * 「沿用上年」 (issue 5): which report a report was rolled over from, the text each part carried
 * (to measure how much is still last year's), and last year's plan items to answer for.
 */
export const migration004 = {
  version: 4,
  name: 'rollover',
  sql: `
    CREATE TABLE rollovers (
      report_id TEXT PRIMARY KEY REFERENCES reports (id) ON DELETE CASCADE,
      source_report_id TEXT,
      source_year INTEGER NOT NULL,
      created_at TEXT NOT NULL
    );

    CREATE TABLE section_carryover (
      section_id TEXT PRIMARY KEY REFERENCES sections (id) ON DELETE CASCADE,
      report_id TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
      source_text TEXT NOT NULL,
      carried_revision INTEGER NOT NULL,
      confirmed INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX section_carryover_by_report ON section_carryover (report_id);

    CREATE TABLE plan_items (
      id TEXT PRIMARY KEY,
      report_id TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      text TEXT NOT NULL,
      status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'reported', 'not-done')),
      section_id TEXT REFERENCES sections (id) ON DELETE SET NULL,
      paragraph INTEGER,
      excerpt TEXT NOT NULL DEFAULT '',
      reason TEXT NOT NULL DEFAULT '',
      updated_at TEXT NOT NULL
    );
    CREATE INDEX plan_items_by_report ON plan_items (report_id, position);
  `,
};
