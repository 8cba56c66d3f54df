/** Proofreading: the user's own lists (leaders, sensitive terms, confusables) and ignored findings. */
export const migration003 = {
  version: 3,
  name: 'checks',
  sql: `
    CREATE TABLE check_user_lists (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      body TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );

    CREATE TABLE check_ignores (
      report_id TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
      fingerprint TEXT NOT NULL,
      rule TEXT NOT NULL,
      excerpt TEXT NOT NULL,
      ignored_by TEXT NOT NULL,
      ignored_at TEXT NOT NULL,
      PRIMARY KEY (report_id, fingerprint)
    );
  `,
};
