import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../app-error';

export interface ServerLock {
  file: string;
  release(): void;
  /**
   * Once the database exists (a new one was just created): also lock its identity, so a hard link
   * made to it later is refused too. A no-op when the identity was locked from the start.
   */
  confirmIdentity?(): void;
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Where the identity locks live: one folder per machine user, shared by every path to a file. */
export const lockFolder = () => process.env.NIANBAO_LOCK_DIR ?? path.join(os.tmpdir(), 'nianbao-locks');

/**
 * The database file's identity: device and inode (on Windows Node reports the file index as the
 * inode), so a symlink or a hard link to the same file gets the same key as the file itself
 * (issue 11.6). A file that does not exist yet is keyed by its real folder and name.
 */
export function fileIdentity(dbPath: string): string {
  try {
    const st = fs.statSync(dbPath, { bigint: true });
    return `dev${st.dev}-ino${st.ino}`;
  } catch {
    let dir = path.dirname(path.resolve(dbPath));
    try {
      dir = fs.realpathSync(dir);
    } catch {
      // The folder does not exist either: the resolved path is all there is.
    }
    return `path-${createHash('sha256')
      .update(path.join(dir, path.basename(dbPath)))
      .digest('hex')
      .slice(0, 32)}`;
  }
}

function takeLock(file: string, dbPath: string): ServerLock {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: 'wx' });
      return { file, release: () => releaseIfOurs(file) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new AppError(
          'IO_ERROR',
          `无法创建锁文件“${file}”（${(error as NodeJS.ErrnoException).code ?? '未知原因'}）。请检查文件夹是否可写。`,
        );
      }
      let owner = NaN;
      try {
        owner = Number(fs.readFileSync(file, 'utf8').trim());
      } catch {
        // Removed in the meantime: try again.
      }
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isAlive(owner)) {
        throw new AppError('CONFLICT', `数据库“${dbPath}”已被另一个年报程序（进程 ${owner}）打开。请使用已打开的窗口，或先关闭它再启动。`);
      }
      fs.rmSync(file, { force: true });
    }
  }
  throw new AppError('CONFLICT', `数据库“${dbPath}”正被另一个年报程序打开。`);
}

/**
 * One browser-mode server per database: two servers writing the same file would each show stale
 * text and overwrite the other's saves. Two lock files hold the owner's pid: one beside the database
 * (as before) and one keyed by the file's identity, which every path to the file shares — a symlink
 * or a hard link no longer gets a server of its own. A lock left by a process that no longer runs
 * (a crash, a kill) is taken over.
 */
export function acquireServerLock(dbPath: string): ServerLock {
  fs.mkdirSync(path.dirname(dbPath), { recursive: true });
  const identity = takeLock(path.join(lockFolder(), `${fileIdentity(dbPath)}.lock`), dbPath);
  let beside: ServerLock;
  try {
    beside = takeLock(`${dbPath}.server.lock`, dbPath);
  } catch (error) {
    // A read-only folder (the database then opens read-only) takes no lock beside it; the identity lock still holds.
    if (error instanceof AppError && error.code === 'IO_ERROR' && !canWriteFolder(path.dirname(dbPath))) {
      beside = { file: identity.file, release: () => undefined };
    } else {
      identity.release();
      throw error;
    }
  }
  const held = [identity, beside];
  return {
    file: beside.file,
    release: () => held.reverse().forEach((l) => l.release()),
    confirmIdentity: () => {
      const key = path.join(lockFolder(), `${fileIdentity(dbPath)}.lock`);
      if (!held.some((l) => l.file === key)) held.push(takeLock(key, dbPath));
    },
  };
}

function canWriteFolder(dir: string): boolean {
  const probe = path.join(dir, `.nianbao-lock-probe-${process.pid}`);
  try {
    fs.writeFileSync(probe, '');
    fs.rmSync(probe, { force: true });
    return true;
  } catch {
    return false;
  }
}

function releaseIfOurs(file: string): void {
  try {
    if (fs.readFileSync(file, 'utf8').trim() === String(process.pid)) fs.rmSync(file, { force: true });
  } catch {
    // Already gone: nothing to release.
  }
}
