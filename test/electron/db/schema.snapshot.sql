CREATE INDEX reports_by_year ON reports (year DESC, updated_at DESC);
CREATE INDEX sections_by_report ON sections (report_id, parent_id, position);
CREATE TABLE app_export_defaults ( id INTEGER PRIMARY KEY CHECK (id = 1), settings_json TEXT NOT NULL, updated_at TEXT NOT NULL );
CREATE TABLE report_export_settings ( report_id TEXT PRIMARY KEY REFERENCES reports (id) ON DELETE CASCADE, settings_json TEXT NOT NULL, updated_at TEXT NOT NULL );
CREATE TABLE reports ( id TEXT PRIMARY KEY, template_id TEXT NOT NULL, template_snapshot TEXT NOT NULL, title TEXT NOT NULL, agency TEXT NOT NULL, year INTEGER NOT NULL, report_date TEXT, status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'review', 'final')), created_at TEXT NOT NULL, updated_at TEXT NOT NULL );
CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);
CREATE TABLE sections ( id TEXT PRIMARY KEY, report_id TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE, parent_id TEXT REFERENCES sections (id) ON DELETE CASCADE, kind TEXT NOT NULL CHECK (kind IN ('opening', 'part', 'subsection')), part_id TEXT, heading TEXT NOT NULL, position INTEGER NOT NULL, required INTEGER NOT NULL DEFAULT 0, marked_complete INTEGER NOT NULL DEFAULT 0, content_json TEXT NOT NULL, plain_text TEXT NOT NULL DEFAULT '', char_count INTEGER NOT NULL DEFAULT 0, revision INTEGER NOT NULL DEFAULT 0, updated_at TEXT NOT NULL );
CREATE TABLE user_templates ( id TEXT PRIMARY KEY, body TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL );
