/** Export layout settings per report (issue 3), and the app's defaults for reports without their own. */
export const migration002 = {
  version: 2,
  name: 'export-settings',
  sql: `
    CREATE TABLE report_export_settings (
      report_id TEXT PRIMARY KEY REFERENCES reports (id) ON DELETE CASCADE,
      settings_json TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );

    CREATE TABLE app_export_defaults (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      settings_json TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );
  `,
};
