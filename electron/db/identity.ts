import fs from 'node:fs';
import type Database from 'better-sqlite3';

/**
 * The app marks its databases with PRAGMA application_id (issue 11.8), so another program's SQLite
 * file is refused untouched instead of being migrated in place, and a file that is not a whole
 * SQLite database (0 bytes, cut short) is treated as damaged, with the backup offered.
 */

/** 'NBR1' (Nianbao report database, layout 1). */
export const NIANBAO_APPLICATION_ID = 0x4e425231;

const HEADER = Buffer.from('SQLite format 3\u0000', 'latin1');

/**
 * What the bytes of an existing file say before SQLite opens it: null when it looks whole,
 * otherwise the problem (Chinese). SQLite itself would open a 0-byte file as a new, empty database.
 */
export function fileShapeProblem(file: string): string | null {
  let size: number;
  let head: Buffer;
  try {
    size = fs.statSync(file).size;
    if (size === 0) return '文件是空的（0 字节），可能在写入时被截断';
    const fd = fs.openSync(file, 'r');
    try {
      head = Buffer.alloc(Math.min(100, size));
      fs.readSync(fd, head, 0, head.length, 0);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return null; // Unreadable: SQLite's own open reports it.
  }
  if (size < 100 || !head.subarray(0, 16).equals(HEADER)) return '文件已损坏或不是数据库';
  const pageSize = head.readUInt16BE(16) === 1 ? 65536 : head.readUInt16BE(16);
  const pages = head.readUInt32BE(28);
  // The page count in the header is valid when its "version valid for" equals the change counter.
  const counterValid = head.readUInt32BE(92) === head.readUInt32BE(24);
  if (counterValid && pages > 0 && size < pages * pageSize) {
    return `文件不完整（应有 ${pages * pageSize} 字节，只有 ${size} 字节），可能在复制或写入时被截断`;
  }
  return null;
}

/** Another program's database: marked by another application, or unmarked with tables but none of ours. */
export function isForeignDatabase(db: Database.Database): boolean {
  const id = db.pragma('application_id', { simple: true }) as number;
  if (id === NIANBAO_APPLICATION_ID) return false;
  if (id !== 0) return true;
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as Array<{
    name: string;
  }>;
  if (tables.length === 0) return false;
  // Databases written before the mark have our tables.
  return !tables.some((t) => t.name === 'schema_migrations' || t.name === 'reports');
}

export const foreignDatabaseMessage = (file: string) =>
  `“${file}”是其他程序的 SQLite 数据库，不是年报的数据库。为保护它，程序没有做任何改动。请用 --db 指定年报的数据库文件，或换一个文件名。`;

/** Marks a database as ours (once; a read-only file stays unmarked). */
export function markAsOurs(db: Database.Database): void {
  if ((db.pragma('application_id', { simple: true }) as number) === NIANBAO_APPLICATION_ID) return;
  try {
    db.pragma(`application_id = ${NIANBAO_APPLICATION_ID}`);
  } catch {
    // Read-only: the tables already say it is ours.
  }
}
