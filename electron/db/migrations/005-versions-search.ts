/**
 * Version history (whole-report snapshots), app settings, and the full-text index of section text.
 * The index is an external-content FTS5 table over `sections` with the trigram tokenizer, which
 * matches any substring of three or more characters: Chinese has no spaces to split words on.
 */
export const migration005 = {
  version: 5,
  name: 'versions-search',
  sql: `
    CREATE TABLE report_versions (
      id TEXT PRIMARY KEY,
      report_id TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
      number INTEGER NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('auto', 'export', 'status', 'named', 'restore', 'reopen', 'import')),
      name TEXT,
      reason TEXT NOT NULL DEFAULT '',
      author TEXT NOT NULL DEFAULT '',
      status TEXT NOT NULL,
      checklist_json TEXT,
      content_hash TEXT NOT NULL,
      snapshot_json TEXT NOT NULL,
      created_at TEXT NOT NULL,
      UNIQUE (report_id, number)
    );
    CREATE INDEX report_versions_by_report ON report_versions (report_id, number DESC);

    CREATE TABLE app_settings (
      key TEXT PRIMARY KEY,
      value_json TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );

    CREATE VIRTUAL TABLE sections_fts USING fts5 (
      heading, plain_text, content = 'sections', tokenize = 'trigram'
    );
    INSERT INTO sections_fts (sections_fts) VALUES ('rebuild');
    CREATE TRIGGER sections_fts_insert AFTER INSERT ON sections BEGIN
      INSERT INTO sections_fts (rowid, heading, plain_text) VALUES (new.rowid, new.heading, new.plain_text);
    END;
    CREATE TRIGGER sections_fts_delete AFTER DELETE ON sections BEGIN
      INSERT INTO sections_fts (sections_fts, rowid, heading, plain_text) VALUES ('delete', old.rowid, old.heading, old.plain_text);
    END;
    CREATE TRIGGER sections_fts_update AFTER UPDATE OF heading, plain_text ON sections BEGIN
      INSERT INTO sections_fts (sections_fts, rowid, heading, plain_text) VALUES ('delete', old.rowid, old.heading, old.plain_text);
      INSERT INTO sections_fts (rowid, heading, plain_text) VALUES (new.rowid, new.heading, new.plain_text);
    END;
  `,
};
