// Issue 11.8: our databases are marked (PRAGMA application_id); another program's SQLite file is
// refused untouched; a 0-byte or cut-short file is damaged, and the newest good backup is offered.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/db/connection';
import { checkDatabaseFile } from '../../../electron/db/health';
import { NIANBAO_APPLICATION_ID } from '../../../electron/db/identity';
import { damagedDatabaseMessage } from '../../../electron/services/safety/recovery';
import { createTestCore, LOCAL_TEMPLATE, tempDir } from '../../helpers';

const filesIn = (dir: string) => fs.readdirSync(dir).sort();

describe('application_id', () => {
  it('a new database is marked as ours', () => {
    const file = path.join(tempDir(), 'new.db');
    openDatabase(file).close();
    const db = new Database(file, { readonly: true });
    expect(db.pragma('application_id', { simple: true })).toBe(NIANBAO_APPLICATION_ID);
    db.close();
  });

  it('a database written before the mark (our tables, id 0) opens and is marked', () => {
    const file = path.join(tempDir(), 'old.db');
    openDatabase(file).close();
    const raw = new Database(file);
    raw.pragma('application_id = 0');
    raw.close();
    openDatabase(file).close();
    const db = new Database(file, { readonly: true });
    expect(db.pragma('application_id', { simple: true })).toBe(NIANBAO_APPLICATION_ID);
    db.close();
  });

  it.each([
    ['unmarked, with its own tables', 0],
    ['marked by another application', 0x0f055112],
  ])('another program’s SQLite file (%s) is refused in Chinese and left byte for byte as it was', (_name, appId) => {
    const dir = tempDir();
    const file = path.join(dir, 'contacts.db');
    const raw = new Database(file);
    raw.exec("CREATE TABLE contacts (name TEXT, phone TEXT); INSERT INTO contacts VALUES ('王', '123');");
    raw.pragma(`application_id = ${appId}`);
    raw.close();
    const before = fs.readFileSync(file);
    const listing = filesIn(dir);
    expect(() => openDatabase(file)).toThrow(
      /^“.*contacts\.db”是其他程序的 SQLite 数据库，不是年报的数据库。为保护它，程序没有做任何改动。/,
    );
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(filesIn(dir)).toEqual(listing); // no -wal, no migration backup beside it
    expect(checkDatabaseFile(file)).toMatchObject({ ok: false, damaged: false, problem: expect.stringContaining('其他程序') });
  });
});

describe('a 0-byte or cut-short database is damaged, with the backup offered', () => {
  async function databaseWithBackup() {
    const c = createTestCore();
    await c.invoke('reports.create', { templateId: LOCAL_TEMPLATE, agency: '市司法局', year: 2024, reportDate: null });
    const backup = await c.invoke('backup.create', {});
    c.close();
    return { dbPath: c.dbPath, backup };
  }

  it('0 bytes: not opened as a new empty database; the message offers the good backup', async () => {
    const { dbPath, backup } = await databaseWithBackup();
    fs.rmSync(`${dbPath}-wal`, { force: true });
    fs.rmSync(`${dbPath}-shm`, { force: true });
    fs.truncateSync(dbPath, 0);
    expect(() => openDatabase(dbPath)).toThrow(/文件是空的（0 字节）/);
    expect(fs.statSync(dbPath).size).toBe(0);
    const health = checkDatabaseFile(dbPath);
    expect(health).toMatchObject({ ok: false, damaged: true });
    const message = damagedDatabaseMessage(dbPath, health.ok ? '' : health.problem, () => '是否恢复？');
    expect(message).toContain(backup.fileName);
    expect(message).toContain('已损坏（文件是空的（0 字节）');
  });

  it('cut to half its size: damaged, not opened', async () => {
    const { dbPath } = await databaseWithBackup();
    const raw = new Database(dbPath);
    raw.pragma('wal_checkpoint(TRUNCATE)');
    raw.close();
    const size = fs.statSync(dbPath).size;
    fs.truncateSync(dbPath, Math.floor(size / 2 / 4096) * 4096);
    expect(checkDatabaseFile(dbPath)).toMatchObject({ ok: false, damaged: true, problem: expect.stringContaining('文件不完整') });
    expect(() => openDatabase(dbPath)).toThrow(/文件不完整/);
  });
});
