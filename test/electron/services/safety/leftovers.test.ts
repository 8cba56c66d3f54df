// Issue 11.9: crash leftovers older than a day are removed when the core starts; fresh ones (another
// running copy may be using them) and the user's own files stay.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sweepLeftovers } from '../../../../electron/services/safety/leftovers';
import { createTestCore, tempDir } from '../../../helpers';

const DAY = 24 * 60 * 60 * 1000;
function make(file: string, ageMs: number, dir = false) {
  if (dir) {
    fs.mkdirSync(file, { recursive: true });
    fs.writeFileSync(path.join(file, 'print.html'), '<p>全文</p>');
  } else fs.writeFileSync(file, 'x');
  const t = new Date(Date.now() - ageMs);
  fs.utimesSync(file, t, t);
  return file;
}

describe('leftovers from crashes', () => {
  it('are removed at start when older than a day: partial backups, restore copies with -wal/-shm, print folders', () => {
    const dir = tempDir();
    const dbPath = path.join(dir, 'nianbao.db');
    const temp = tempDir();
    const backups = path.join(dir, 'backups');
    fs.mkdirSync(backups);
    const old = [
      make(path.join(backups, 'nianbao-20250101T000000Z-daily.db.partial'), 2 * DAY),
      make(`${dbPath}.restoring-4242.tmp`, 2 * DAY),
      make(`${dbPath}.restoring-4242.tmp-wal`, 2 * DAY),
      make(`${dbPath}.restoring-4242.tmp-shm`, 2 * DAY),
      make(path.join(dir, '.nianbao.db.restoring.tmp'), 2 * DAY),
      make(path.join(temp, 'nianbao-print-abc123'), 2 * DAY, true),
      make(path.join(temp, 'nianbao-pdf-xyz'), 2 * DAY, true),
    ];
    const kept = [
      make(path.join(backups, 'nianbao-20250102T000000Z-daily.db.partial'), DAY / 2), // another copy may be writing it
      make(path.join(temp, 'nianbao-print-fresh'), 60_000, true),
      make(path.join(backups, 'nianbao-20250101T000000Z-daily.db'), 30 * DAY), // a real backup
      make(path.join(temp, 'nianbao-test-unrelated'), 30 * DAY, true), // not the app's
      make(path.join(dir, 'notes.txt'), 30 * DAY),
    ];
    const removed = sweepLeftovers({ dbPath, backupFolder: backups, tempFolder: temp });
    expect(removed.sort()).toEqual([...old].sort());
    for (const f of old) expect(fs.existsSync(f)).toBe(false);
    for (const f of kept) expect(fs.existsSync(f)).toBe(true);
  });

  it('the core sweeps at start', () => {
    const dir = tempDir();
    const dbPath = path.join(dir, 'nianbao.db');
    const stale = make(`${dbPath}.restoring-1.tmp`, 3 * DAY);
    const c = createTestCore(dbPath);
    c.close();
    expect(fs.existsSync(stale)).toBe(false);
  });
});
