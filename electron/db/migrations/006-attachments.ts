/**
 * Attachments (附件) are sections of their own kind: they are written in the same editor, saved,
 * versioned and searched like any other section, and exported after the body on pages of their own.
 * SQLite cannot change a CHECK constraint in place, so `sections` is rebuilt the documented way
 * (new table, copy, drop, rename) with foreign keys switched off by the runner (`foreignKeysOff`),
 * so that dropping the old table does not cascade into plan items and carry-over records. Rowids
 * are copied as they are: the full-text index refers to sections by rowid.
 */
export const migration006 = {
  version: 6,
  name: 'attachments',
  foreignKeysOff: ['sections', 'plan_items', 'section_carryover'],
  sql: `
    CREATE TABLE sections_new (
      id TEXT PRIMARY KEY,
      report_id TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
      parent_id TEXT REFERENCES sections (id) ON DELETE CASCADE,
      kind TEXT NOT NULL CHECK (kind IN ('opening', 'part', 'subsection', 'attachment')),
      part_id TEXT,
      heading TEXT NOT NULL,
      position INTEGER NOT NULL,
      required INTEGER NOT NULL DEFAULT 0,
      marked_complete INTEGER NOT NULL DEFAULT 0,
      content_json TEXT NOT NULL,
      plain_text TEXT NOT NULL DEFAULT '',
      char_count INTEGER NOT NULL DEFAULT 0,
      revision INTEGER NOT NULL DEFAULT 0,
      updated_at TEXT NOT NULL
    );
    INSERT INTO sections_new (rowid, id, report_id, parent_id, kind, part_id, heading, position, required, marked_complete,
                              content_json, plain_text, char_count, revision, updated_at)
      SELECT rowid, id, report_id, parent_id, kind, part_id, heading, position, required, marked_complete,
             content_json, plain_text, char_count, revision, updated_at FROM sections;
    DROP TABLE sections;
    ALTER TABLE sections_new RENAME TO sections;
    CREATE INDEX sections_by_report ON sections (report_id, parent_id, position);
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
