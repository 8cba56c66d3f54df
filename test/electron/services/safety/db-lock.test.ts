// Issue 11.6: the one-server lock keys on the database file's identity (device + inode), so a
// symlink or a hard link to the same file cannot start a second server.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireServerLock, fileIdentity, type ServerLock } from '../../../../electron/services/safety/db-lock';
import { openDatabase } from '../../../../electron/db/connection';
import { tempDir } from '../../../helpers';

let dir: string;
const held: ServerLock[] = [];
beforeEach(() => {
  dir = tempDir('nianbao-lock-');
  process.env.NIANBAO_LOCK_DIR = path.join(dir, 'locks');
});
afterEach(() => {
  while (held.length) held.pop()!.release();
  delete process.env.NIANBAO_LOCK_DIR;
});

function realDatabase(): string {
  const file = path.join(dir, 'data', 'nianbao.db');
  openDatabase(file).close();
  return file;
}
/** A lock held by another live process (our parent, which certainly runs). */
const otherOwner = (lock: ServerLock) => {
  held.push(lock);
  return lock;
};

describe('the server lock follows the file, not the path', () => {
  it('a symlink to a locked database is refused, naming the database', () => {
    const file = realDatabase();
    const link = path.join(dir, 'link.db');
    fs.symlinkSync(file, link);
    otherOwner(acquireServerLock(file));
    // Pretend the lock belongs to another running process.
    for (const f of fs.readdirSync(process.env.NIANBAO_LOCK_DIR!))
      fs.writeFileSync(path.join(process.env.NIANBAO_LOCK_DIR!, f), String(process.ppid));
    expect(() => acquireServerLock(link)).toThrow(/已被另一个年报程序（进程 \d+）打开/);
  });

  it('a hard link in another folder is refused too', () => {
    const file = realDatabase();
    const other = path.join(dir, 'elsewhere');
    fs.mkdirSync(other);
    const hard = path.join(other, 'copy.db');
    fs.linkSync(file, hard);
    expect(fileIdentity(hard)).toBe(fileIdentity(file));
    otherOwner(acquireServerLock(file));
    for (const f of fs.readdirSync(process.env.NIANBAO_LOCK_DIR!))
      fs.writeFileSync(path.join(process.env.NIANBAO_LOCK_DIR!, f), String(process.ppid));
    expect(() => acquireServerLock(hard)).toThrow(/已被另一个年报程序/);
  });

  it('a new database locked by path is locked by identity once created, so a later hard link is refused', () => {
    const file = path.join(dir, 'fresh', 'nianbao.db');
    const lock = otherOwner(acquireServerLock(file));
    openDatabase(file).close();
    lock.confirmIdentity!();
    const hard = path.join(dir, 'hard.db');
    fs.linkSync(file, hard);
    for (const f of fs.readdirSync(process.env.NIANBAO_LOCK_DIR!))
      fs.writeFileSync(path.join(process.env.NIANBAO_LOCK_DIR!, f), String(process.ppid));
    expect(() => acquireServerLock(hard)).toThrow(/已被另一个年报程序/);
  });

  it('two different databases do not block each other, and a lock left by a dead process is taken over', () => {
    const a = realDatabase();
    const b = path.join(dir, 'b.db');
    openDatabase(b).close();
    otherOwner(acquireServerLock(a));
    otherOwner(acquireServerLock(b));
    const stale = path.join(dir, 'c.db');
    openDatabase(stale).close();
    fs.mkdirSync(process.env.NIANBAO_LOCK_DIR!, { recursive: true });
    fs.writeFileSync(path.join(process.env.NIANBAO_LOCK_DIR!, `${fileIdentity(stale)}.lock`), '999999999');
    expect(() => otherOwner(acquireServerLock(stale))).not.toThrow();
  });
});
