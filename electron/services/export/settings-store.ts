import { defaultExportSettings, ExportSettingsSchema, type ExportSettings } from '../../../shared/export-settings';
import type { Db } from '../../db/connection';

/**
 * Export settings live with the report; a report without its own uses the app's defaults, and those
 * fall back to GB/T 9704. JSON read back from the database is validated: a damaged row is ignored
 * (the layout falls back) rather than breaking the export.
 */
export function createExportSettingsStore(db: Db, assertReport: (reportId: string) => void) {
  const parse = (json: string | undefined): ExportSettings | null => {
    if (!json) return null;
    try {
      const result = ExportSettingsSchema.safeParse(JSON.parse(json));
      return result.success ? result.data : null;
    } catch {
      return null;
    }
  };
  const defaults = (): ExportSettings => {
    const row = db.prepare('SELECT settings_json FROM app_export_defaults WHERE id = 1').get() as { settings_json: string } | undefined;
    return parse(row?.settings_json) ?? defaultExportSettings();
  };
  const forReport = (reportId: string): ExportSettings => {
    assertReport(reportId);
    const row = db.prepare('SELECT settings_json FROM report_export_settings WHERE report_id = ?').get(reportId) as
      { settings_json: string } | undefined;
    return parse(row?.settings_json) ?? defaults();
  };
  return {
    get: (reportId: string | null): ExportSettings => (reportId === null ? defaults() : forReport(reportId)),
    save(reportId: string | null, settings: ExportSettings): ExportSettings {
      const json = JSON.stringify(settings);
      const now = new Date().toISOString();
      if (reportId === null) {
        db.prepare(
          'INSERT INTO app_export_defaults (id, settings_json, updated_at) VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET settings_json = excluded.settings_json, updated_at = excluded.updated_at',
        ).run(json, now);
      } else {
        assertReport(reportId);
        db.prepare(
          'INSERT INTO report_export_settings (report_id, settings_json, updated_at) VALUES (?, ?, ?) ON CONFLICT (report_id) DO UPDATE SET settings_json = excluded.settings_json, updated_at = excluded.updated_at',
        ).run(reportId, json, now);
      }
      return settings;
    },
  };
}

export type ExportSettingsStore = ReturnType<typeof createExportSettingsStore>;
