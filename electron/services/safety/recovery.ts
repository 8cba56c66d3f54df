import fs from 'node:fs';
import path from 'node:path';
import { checkDatabaseFile } from '../../db/health';
import { AppError } from '../app-error';
import { readBackupFolder } from './backup';
import { listBackupFiles, type BackupFile } from './backup-files';
import { defaultBackupDir } from '../settings';

/** Where the backups of this database are (the folder is remembered beside it: the database may be unreadable). */
export const backupFolderOf = (dbPath: string) => readBackupFolder(dbPath, defaultBackupDir(dbPath));

export function newestGoodBackup(dbPath: string): BackupFile | null {
  return listBackupFiles(backupFolderOf(dbPath)).find((f) => checkDatabaseFile(f.file, { requireReports: true }).ok) ?? null;
}

/** The message a host shows when the database fails its check at start. */
export function damagedDatabaseMessage(dbPath: string, problem: string, restoreHint: (file: string) => string): string {
  const backup = newestGoodBackup(dbPath);
  const lines = [`数据库“${dbPath}”已损坏（${problem}）。为避免进一步损坏，程序没有打开也没有改动它。`];
  if (backup) {
    lines.push(`最近一份完好的备份是 ${backup.createdAt.toLocaleString('zh-CN')} 的“${backup.file}”。`);
    lines.push(`恢复时损坏的文件会另存在原处（文件名加 .damaged-时间），不会被覆盖。${restoreHint(backup.file)}`);
  } else {
    lines.push('没有找到可用的备份。请复制整个数据文件夹，联系技术人员处理。');
  }
  return lines.join('\n');
}

/**
 * Puts a backup in place of a damaged database: the damaged file (and its WAL files) is renamed
 * aside first, never deleted or overwritten. Returns the aside name of the damaged file.
 */
export function replaceWithBackup(dbPath: string, backupFile: string): string {
  const health = checkDatabaseFile(backupFile, { requireReports: true });
  if (!health.ok) throw new AppError('INVALID_INPUT', `不能用“${backupFile}”恢复：${health.problem}。`);
  const aside = `${dbPath}.damaged-${new Date().toISOString().replace(/[-:.]/g, '')}`;
  for (const suffix of ['', '-wal', '-shm']) {
    if (fs.existsSync(dbPath + suffix)) fs.renameSync(dbPath + suffix, aside + suffix);
  }
  const temp = path.join(path.dirname(dbPath), `.${path.basename(dbPath)}.restoring.tmp`);
  fs.copyFileSync(backupFile, temp);
  fs.renameSync(temp, dbPath);
  return aside;
}
