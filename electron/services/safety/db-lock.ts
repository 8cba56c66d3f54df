import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../app-error';

export interface ServerLock {
  file: string;
  release(): void;
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

/**
 * One browser-mode server per database: two servers writing the same file would each show stale
 * text and overwrite the other's saves. The lock file holds the owner's pid; a lock left by a
 * process that no longer runs (a crash, a kill) is taken over.
 */
export function acquireServerLock(dbPath: string): ServerLock {
  const file = `${dbPath}.server.lock`;
  fs.mkdirSync(path.dirname(dbPath), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: 'wx' });
      return { file, release: () => releaseIfOurs(file) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new AppError('IO_ERROR', `无法在数据库旁创建锁文件“${file}”：${(error as Error).message}`);
      }
      const owner = Number(fs.readFileSync(file, 'utf8').trim());
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isAlive(owner)) {
        throw new AppError('CONFLICT', `数据库“${dbPath}”已被另一个年报程序（进程 ${owner}）打开。请使用已打开的窗口，或先关闭它再启动。`);
      }
      fs.rmSync(file, { force: true });
    }
  }
  throw new AppError('CONFLICT', `数据库“${dbPath}”正被另一个年报程序打开。`);
}

function releaseIfOurs(file: string): void {
  try {
    if (fs.readFileSync(file, 'utf8').trim() === String(process.pid)) fs.rmSync(file, { force: true });
  } catch {
    // Already gone: nothing to release.
  }
}
