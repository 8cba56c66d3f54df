import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../services/app-error';
import { fsReason } from '../services/fs-errors';
import { fileShapeProblem, foreignDatabaseMessage, isForeignDatabase, markAsOurs } from './identity';
import { BUSY_TIMEOUT_MS, useImmediateTransactions } from './immediate';
import { canWriteDatabase, openReadOnlyCopy } from './read-only';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, type Migration } from './migrations';

export type Db = Database.Database;

export interface OpenDatabaseOptions {
  /** Migrations to apply (tests pass a longer list to exercise the runner). */
  migrations?: readonly Migration[];
}

/**
 * Opens (or creates) the database file: WAL, foreign keys, then numbered migrations, each in its own
 * transaction. A database written by a newer app is refused before anything is changed.
 */
export function openDatabase(file: string, options: OpenDatabaseOptions = {}): Db {
  const migrations = options.migrations ?? MIGRATIONS;
  const latest = migrations.length ? migrations[migrations.length - 1]!.version : LATEST_SCHEMA_VERSION;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
  } catch (error) {
    throw new AppError('IO_ERROR', `无法创建数据文件夹“${path.dirname(file)}”：${fsReason(error)}。`);
  }
  // A 0-byte or cut-short file is damaged: SQLite would open a 0-byte file as a new, empty database.
  const shape = file !== ':memory:' && fs.existsSync(file) ? fileShapeProblem(file) : null;
  if (shape) throw new AppError('IO_ERROR', `“${file}”不是有效的年报数据库，或文件已损坏（${shape}）。原文件未做任何改动；请从备份恢复。`);
  if (file !== ':memory:' && fs.existsSync(file) && !canWriteDatabase(file)) return openReadOnly(file, latest, migrations);
  let db: Db;
  try {
    db = new Database(file, { timeout: BUSY_TIMEOUT_MS });
    useImmediateTransactions(db);
  } catch (error) {
    throw new AppError('IO_ERROR', `无法打开数据库文件“${file}”：${openReason(error)}。`);
  }
  try {
    // Check the version before anything else: even switching to WAL would change a newer file.
    refuseNewer(db, file, latest);
    if (isForeignDatabase(db)) throw new AppError('INVALID_INPUT', foreignDatabaseMessage(file));
    // A damaged file is never written to: migrating or even switching to WAL could make it worse.
    if (db.pragma('quick_check', { simple: true }) !== 'ok') throw new Error('database disk image is malformed (quick_check)');
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = FULL');
    migrate(db, file, migrations);
    markAsOurs(db);
    return db;
  } catch (error) {
    db.close();
    if (error instanceof AppError) throw error;
    const message = (error as Error).message;
    if (/not a database|malformed/i.test(message)) {
      throw new AppError('IO_ERROR', `“${file}”不是有效的年报数据库，或文件已损坏。原文件未做任何改动。`);
    }
    throw new AppError('IO_ERROR', `打开数据库“${file}”失败：${openReason(error)}。原文件未做任何改动。`);
  }
}

/** A file this process may not write: a read-only copy, checked like any other, never migrated. */
function openReadOnly(file: string, latest: number, migrations: readonly Migration[]): Db {
  let db: Db;
  try {
    db = openReadOnlyCopy(file, BUSY_TIMEOUT_MS);
  } catch (error) {
    throw new AppError('IO_ERROR', `无法打开数据库文件“${file}”：${openReason(error)}。`);
  }
  try {
    refuseNewer(db, file, latest);
    if (isForeignDatabase(db)) throw new AppError('INVALID_INPUT', foreignDatabaseMessage(file));
    if (db.pragma('quick_check', { simple: true }) !== 'ok') {
      throw new AppError('IO_ERROR', `“${file}”不是有效的年报数据库，或文件已损坏。原文件未做任何改动。`);
    }
    const applied = appliedVersions(db);
    const version = currentVersion(db);
    if (migrations.some((m) => !applied.has(m.version) && (applied.size > 0 || m.version > version))) {
      throw new AppError(
        'IO_ERROR',
        `数据库“${file}”是只读的，而本版本的年报需要先升级它的数据格式才能打开。请取消文件的只读属性（或把它复制到可写的文件夹）后再打开。原文件未做任何改动。`,
      );
    }
    db.pragma('foreign_keys = ON');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function currentVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function refuseNewer(db: Db, file: string, latest: number): void {
  const version = currentVersion(db);
  if (version > latest) {
    throw new AppError(
      'DB_TOO_NEW',
      `数据库“${file}”由更新版本的年报创建（数据版本 ${version}，本程序只支持到 ${latest}）。请安装新版本后再打开，数据未做任何改动。`,
    );
  }
}

function migrate(db: Db, file: string, migrations: readonly Migration[]): void {
  const version = currentVersion(db);
  // A migration is pending when it is not recorded, not merely when its number is higher: migrations
  // written side by side on branches may land out of order, and none may be skipped.
  const applied = appliedVersions(db);
  const pending = migrations.filter((m) => !applied.has(m.version) && (applied.size > 0 || m.version > version));
  if (pending.length === 0) return;
  if (version > 0) backupBeforeMigration(db, file, version);
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  for (const migration of pending) {
    // PRAGMA foreign_keys is a no-op inside a transaction, so it is switched around it.
    if (migration.foreignKeysOff) db.pragma('foreign_keys = OFF');
    try {
      applyMigration(db, migration);
    } finally {
      if (migration.foreignKeysOff) db.pragma('foreign_keys = ON');
    }
  }
}

function applyMigration(db: Db, migration: Migration): void {
  db.transaction(() => {
    db.exec(migration.sql);
    for (const table of migration.foreignKeysOff ?? []) {
      const broken = db.pragma(`foreign_key_check(${table})`) as unknown[];
      if (broken.length > 0) {
        throw new Error(
          `数据升级（第 ${migration.version} 步）发现 ${broken.length} 条记录的关联失效，已撤销，数据库保持原样；升级前的备份也在数据库旁边。`,
        );
      }
    }
    db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
      migration.version,
      migration.name,
      new Date().toISOString(),
    );
    db.pragma(`user_version = ${Math.max(migration.version, currentVersion(db))}`);
  })();
}

function appliedVersions(db: Db): Set<number> {
  const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get();
  if (!table) return new Set();
  return new Set((db.prepare('SELECT version FROM schema_migrations').all() as Array<{ version: number }>).map((r) => r.version));
}

/** A consistent copy of the live database (VACUUM INTO), kept beside it, before any schema change. */
function backupBeforeMigration(db: Db, file: string, version: number): void {
  if (file === ':memory:') return;
  const target = `${file}.before-v${version + 1}-${Date.now()}.bak`;
  db.prepare('VACUUM INTO ?').run(target);
}

/** Why SQLite or the file system could not open the file, in Chinese (never SQLite's English text). */
function openReason(error: unknown): string {
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  if (code.startsWith('SQLITE_CANTOPEN')) return '无法打开该文件（文件夹不存在或没有权限）';
  if (code.startsWith('SQLITE_READONLY')) return '文件或其所在文件夹是只读的';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return '文件正被另一个程序使用';
  if (code.startsWith('SQLITE_FULL')) return '磁盘空间不足';
  if (code.startsWith('SQLITE_IOERR')) return '读写文件时出错';
  return fsReason(error);
}
