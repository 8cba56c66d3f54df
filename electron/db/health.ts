import fs from 'node:fs';
import Database from 'better-sqlite3';
import { fileShapeProblem, isForeignDatabase } from './identity';
import { LATEST_SCHEMA_VERSION } from './migrations';

export type HealthResult = { ok: true } | { ok: false; problem: string; damaged: boolean };

/**
 * Reads the file without changing it (read-only, no WAL switch): a quick_check, the schema version,
 * and the presence of the reports table, so a foreign SQLite file is not taken for a backup.
 */
export function checkDatabaseFile(file: string, options: { requireReports?: boolean } = {}): HealthResult {
  if (!fs.existsSync(file)) return { ok: false, problem: '文件不存在', damaged: false };
  const shape = fileShapeProblem(file);
  if (shape) return { ok: false, problem: shape, damaged: true };
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') return { ok: false, problem: `完整性检查未通过（${String(check).slice(0, 80)}）`, damaged: true };
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > LATEST_SCHEMA_VERSION) return { ok: false, problem: `由更新版本的年报创建（数据版本 ${version}）`, damaged: false };
    if (isForeignDatabase(db)) return { ok: false, problem: '是其他程序的数据库，不是年报的数据库', damaged: false };
    const hasReports = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'reports'").get();
    if (options.requireReports && !hasReports) return { ok: false, problem: '不是年报的数据库', damaged: false };
    return { ok: true };
  } catch (error) {
    const message = (error as Error).message;
    const damaged = /not a database|malformed|corrupt/i.test(message);
    const readonly = /readonly|read-only|permission|access/i.test(message);
    return { ok: false, problem: damaged ? '文件已损坏或不是数据库' : readonly ? '无法读取该文件（没有权限）' : '无法读取该文件', damaged };
  } finally {
    db?.close();
  }
}
