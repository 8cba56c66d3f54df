import fs from 'node:fs';
import path from 'node:path';
import { openDatabase, type Db } from '../../db/connection';
import { checkDatabaseFile } from '../../db/health';
import { AppError } from '../app-error';
import { backupName, backupsToDelete, listBackupFiles, type BackupFile, type BackupKind } from './backup-files';
import type { SettingsService } from '../settings';
import { describeIoError } from './write-file';

/** Beside the database: where its backups are, readable even when the database itself is damaged. */
export const backupPointerFile = (dbPath: string) => `${dbPath}.backup-folder`;

export function readBackupFolder(dbPath: string, fallback: string): string {
  try {
    const dir = fs.readFileSync(backupPointerFile(dbPath), 'utf8').trim();
    return dir && path.isAbsolute(dir) ? dir : fallback;
  } catch {
    return fallback;
  }
}

/**
 * Backups with SQLite's online backup API (a consistent copy of a live database, unlike a file copy),
 * written under a temporary name and renamed, so a half-written backup never looks like a good one.
 */
export function createBackupService(db: Db, dbPath: string, settings: SettingsService, now: () => Date = () => new Date()) {
  const folder = () => settings.get().backupDir;

  const create = async (kind: BackupKind): Promise<BackupFile> => {
    const dir = folder();
    const at = now();
    const target = path.join(dir, backupName(kind, at));
    const temp = `${target}.partial`;
    try {
      fs.mkdirSync(dir, { recursive: true });
    } catch (error) {
      throw new AppError(
        'IO_ERROR',
        `无法创建备份文件夹“${dir}”（${(error as NodeJS.ErrnoException).code ?? '未知错误'}），请在设置中换一个文件夹。`,
      );
    }
    try {
      await db.backup(temp);
      fs.renameSync(temp, target);
    } catch (error) {
      fs.rmSync(temp, { force: true });
      if ((error as { code?: string }).code === 'SQLITE_FULL') throw new AppError('IO_ERROR', `磁盘空间不足，未能写入备份“${target}”。`);
      throw new AppError('IO_ERROR', `备份失败：${describeIoError(error, target)}`);
    }
    fs.writeFileSync(backupPointerFile(dbPath), dir);
    rotate();
    return { file: target, kind, createdAt: at, size: fs.statSync(target).size };
  };

  const rotate = () => {
    for (const f of backupsToDelete(listBackupFiles(folder()))) fs.rmSync(f.file, { force: true });
  };

  return {
    create,
    list: () => listBackupFiles(folder()),
    folder,
    rememberFolder: () => fs.writeFileSync(backupPointerFile(dbPath), folder()),

    /** The daily backup, taken at most once per calendar day (UTC), then rotated. */
    async dailyIfDue(): Promise<BackupFile | null> {
      const today = now().toISOString().slice(0, 10);
      const done = listBackupFiles(folder()).some((f) => f.kind === 'daily' && f.createdAt.toISOString().startsWith(today));
      return done ? null : create('daily');
    },

    /** Replaces the data with a backup; the current state is backed up first. */
    async restore(file: string): Promise<BackupFile> {
      const health = checkDatabaseFile(file, { requireReports: true });
      if (!health.ok) throw new AppError('INVALID_INPUT', `不能用“${path.basename(file)}”恢复：${health.problem}。数据未做任何改动。`);
      const safety = await create('pre-restore');
      const temp = `${dbPath}.restoring-${process.pid}.tmp`;
      try {
        fs.copyFileSync(file, temp);
        // Opening the copy migrates an older backup to the current schema before it goes live.
        const source = openDatabase(temp);
        try {
          await source.backup(dbPath);
        } finally {
          source.close();
        }
      } finally {
        // The copy, its WAL files and the copy openDatabase makes before migrating it.
        const dir = path.dirname(temp);
        for (const name of fs.readdirSync(dir)) if (name.startsWith(path.basename(temp))) fs.rmSync(path.join(dir, name), { force: true });
      }
      return safety;
    },
  };
}

export type BackupService = ReturnType<typeof createBackupService>;
