import { dialog } from 'electron';
import fs from 'node:fs';
import { checkDatabaseFile } from '../db/health';
import { acquireServerLock, type ServerLock } from '../services/safety/db-lock';
import { damagedDatabaseMessage, newestGoodBackup, replaceWithBackup } from '../services/safety/recovery';

/**
 * Before the core opens the database: one program per database (the browser mode too), and a
 * damaged file is neither opened nor overwritten; the user may restore the newest good backup,
 * which first moves the damaged file aside. Returns null when the app should quit.
 */
export function prepareDatabase(dbPath: string): ServerLock | null {
  let lock: ServerLock;
  try {
    lock = acquireServerLock(dbPath);
  } catch (error) {
    dialog.showErrorBox('年报无法启动', (error as Error).message);
    return null;
  }
  if (!fs.existsSync(dbPath)) return lock;
  const health = checkDatabaseFile(dbPath);
  if (health.ok || !health.damaged) return lock;
  const backup = newestGoodBackup(dbPath);
  const message = damagedDatabaseMessage(dbPath, health.problem, () => '是否现在从这份备份恢复？');
  const choice = dialog.showMessageBoxSync({
    type: 'error',
    title: '数据库已损坏',
    message,
    buttons: backup ? ['从备份恢复', '退出'] : ['退出'],
    defaultId: 0,
    cancelId: backup ? 1 : 0,
  });
  if (!backup || choice !== 0) {
    lock.release();
    return null;
  }
  replaceWithBackup(dbPath, backup.file);
  return lock;
}
