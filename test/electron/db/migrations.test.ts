import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/db/connection';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../electron/db/migrations';
import { tempDir } from '../../helpers';

const SNAPSHOT = path.join(__dirname, 'schema.snapshot.sql');

function schemaOf(db: Database.Database): string {
  const rows = db
    .prepare("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY type, name")
    .all() as Array<{ sql: string }>;
  return `${rows.map((r) => r.sql.replace(/\s+/g, ' ').trim()).join(';\n')};\n`;
}

describe('database', () => {
  it('the migrated schema matches the committed snapshot (a schema change needs a new migration)', () => {
    const db = openDatabase(path.join(tempDir(), 'a.db'));
    const schema = schemaOf(db);
    if (process.env.UPDATE_SCHEMA_SNAPSHOT) fs.writeFileSync(SNAPSHOT, schema);
    expect(schema).toBe(fs.readFileSync(SNAPSHOT, 'utf8'));
    db.close();
  });

  it('opens in WAL mode with foreign keys on, and records each migration', () => {
    const file = path.join(tempDir(), 'b.db');
    const db = openDatabase(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare('SELECT version FROM schema_migrations').all()).toEqual(MIGRATIONS.map((m) => ({ version: m.version })));
    db.close();
  });

  it('refuses a database written by a newer app, and leaves it untouched', () => {
    const file = path.join(tempDir(), 'newer.db');
    const raw = new Database(file);
    raw.exec('CREATE TABLE keep (x)');
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    raw.close();
    const before = fs.readFileSync(file);
    expect(() => openDatabase(file)).toThrow(/更新版本的年报/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a file that is not a database with a clear message, without changing it', () => {
    const file = path.join(tempDir(), 'junk.db');
    fs.writeFileSync(file, '这不是数据库'.repeat(200));
    const before = fs.readFileSync(file);
    expect(() => openDatabase(file)).toThrow(/不是有效的年报数据库/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('backs up before migrating and rolls a failing migration back', () => {
    const dir = tempDir();
    const file = path.join(dir, 'c.db');
    openDatabase(file).close();
    const broken = [...MIGRATIONS, { version: 99, name: 'broken', sql: 'CREATE TABLE half (x); INSERT INTO nowhere VALUES (1);' }];
    expect(() => openDatabase(file, { migrations: broken })).toThrow();
    const db = new Database(file);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'half'").all()).toEqual([]);
    db.close();
    const backups = fs.readdirSync(dir).filter((f) => f.includes('.before-v'));
    expect(backups.length).toBe(1);
    const copy = new Database(path.join(dir, backups[0]!), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    copy.close();
  });
});

describe('migrations that landed out of order', () => {
  it('applies a lower-numbered migration that a database has not recorded yet', () => {
    const file = path.join(tempDir(), 'gap.db');
    const first = MIGRATIONS[0]!;
    const late = { version: 2, name: 'late', sql: 'CREATE TABLE late_table (x)' };
    const high = { version: 3, name: 'high', sql: 'CREATE TABLE high_table (x)' };
    openDatabase(file, { migrations: [first, high] }).close();
    const db = openDatabase(file, { migrations: [first, late, high] });
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name IN ('late_table', 'high_table') ORDER BY name").all()).toEqual([
      { name: 'high_table' },
      { name: 'late_table' },
    ]);
    expect(db.pragma('user_version', { simple: true })).toBe(3);
    db.close();
  });
});
