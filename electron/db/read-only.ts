import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';

/**
 * A database the user may not write (a read-only file or folder, a CD, a share mounted read-only)
 * still opens, read-only (issue 11.9): browsing and export work, every change is refused with
 * SQLite's READONLY error, which the core explains in Chinese. SQLite cannot read a WAL database in
 * a folder where it may not create the -shm file, so a copy in the temp folder is opened read-only
 * and removed when the database is closed; the original is never touched.
 */

const DENIED = new Set(['EACCES', 'EPERM', 'EROFS']);
/** The temp folders of read-only copies start with this (leftovers are swept at start). */
export const READ_ONLY_COPY_PREFIX = 'nianbao-readonly-';

const readOnlyDatabases = new WeakSet<Database.Database>();
export const isReadOnlyDatabase = (db: Database.Database) => readOnlyDatabases.has(db);

/** Whether this process may write the file and create files beside it (SQLite's -wal and -shm). */
export function canWriteDatabase(file: string): boolean {
  try {
    fs.closeSync(fs.openSync(file, 'r+'));
  } catch (error) {
    if (DENIED.has((error as NodeJS.ErrnoException).code ?? '')) return false;
  }
  const probe = path.join(path.dirname(file), `.nianbao-write-probe-${process.pid}-${Date.now()}`);
  try {
    fs.writeFileSync(probe, '');
    fs.rmSync(probe, { force: true });
  } catch (error) {
    if (DENIED.has((error as NodeJS.ErrnoException).code ?? '')) return false;
  }
  return true;
}

/** Opens a read-only copy of the file (with its -wal, so nothing committed is missing). */
export function openReadOnlyCopy(file: string, timeout: number): Database.Database {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), READ_ONLY_COPY_PREFIX));
  try {
    const copy = path.join(dir, 'nianbao.db');
    fs.copyFileSync(file, copy);
    if (fs.existsSync(`${file}-wal`)) fs.copyFileSync(`${file}-wal`, `${copy}-wal`);
    const db = new Database(copy, { readonly: true, fileMustExist: true, timeout });
    const close = db.close.bind(db);
    db.close = () => {
      const result = close();
      fs.rmSync(dir, { recursive: true, force: true });
      return result;
    };
    readOnlyDatabases.add(db);
    return db;
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
