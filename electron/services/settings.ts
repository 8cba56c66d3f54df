import path from 'node:path';
import { SettingsSchema, type Deadlines, type Settings } from '../../shared/versions-schema';
import type { Db } from '../db/connection';
import { AppError } from './app-error';

/**
 * Defaults from the rules (domain.md §1), editable per jurisdiction: dates are month-days in the
 * year after the report's year. 法治政府建设年度报告: reported in the first quarter and published
 * before 1 April; 政府信息公开年度报告: departments by 31 January (governments by 31 March).
 */
export const DEFAULT_DEADLINES: Deadlines = {
  'fazhi-annual': { due: '03-01', publish: '03-31' },
  'yifa-report': { due: '03-31', publish: null },
  'gov-info': { due: '01-31', publish: '01-31' },
};

export function defaultBackupDir(dbPath: string): string {
  return path.join(path.dirname(path.resolve(dbPath)), 'backups');
}

/** User settings, one JSON value per key, each validated when read back. */
export function createSettingsService(db: Db, dbPath: string) {
  const defaults = (): Settings => ({ authorName: '', backupDir: defaultBackupDir(dbPath), deadlines: DEFAULT_DEADLINES });

  const get = (): Settings => {
    const rows = db.prepare('SELECT key, value_json FROM app_settings').all() as Array<{ key: string; value_json: string }>;
    const stored: Record<string, unknown> = {};
    for (const r of rows) stored[r.key] = JSON.parse(r.value_json);
    const merged = { ...defaults(), ...stored };
    const parsed = SettingsSchema.safeParse(merged);
    // A damaged value must not lock the user out of the settings screen: fall back to defaults.
    return parsed.success ? { ...parsed.data, backupDir: parsed.data.backupDir || defaultBackupDir(dbPath) } : defaults();
  };

  return {
    get,
    update(patch: Partial<Settings>): Settings {
      if (patch.backupDir !== undefined && patch.backupDir !== '' && !path.isAbsolute(patch.backupDir)) {
        throw new AppError('INVALID_INPUT', '备份文件夹请填写完整路径（例如 D:\\年报备份）。');
      }
      const now = new Date().toISOString();
      const put = db.prepare(
        'INSERT INTO app_settings (key, value_json, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json, updated_at = excluded.updated_at',
      );
      db.transaction(() => {
        for (const [key, value] of Object.entries(patch)) if (value !== undefined) put.run(key, JSON.stringify(value), now);
      })();
      return get();
    },
  };
}

export type SettingsService = ReturnType<typeof createSettingsService>;
