import { AppError } from '../app-error';
import { describeDbError } from '../db-errors';

/**
 * Recording the version of an export is best effort (issue 11.7): with a full disk (or a read-only
 * database) the file is still written — possibly to another disk — and the user is told, in
 * Chinese, that this export has no version record. Anything else (a 定稿 checklist not done, a
 * missing report) still stops the export.
 */
export function recordExportBestEffort<T>(
  record: () => T,
  log: (message: string, error: unknown) => void,
): { version: T | null; warning?: string } {
  try {
    return { version: record() };
  } catch (error) {
    const db = describeDbError(error);
    if (!db || error instanceof AppError) throw error;
    log('export: version not recorded', error);
    const code = String((error as { code?: unknown }).code ?? '');
    const why = code.startsWith('SQLITE_FULL')
      ? '磁盘空间不足'
      : code.startsWith('SQLITE_READONLY')
        ? '数据库是只读的'
        : code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')
          ? '数据库文件正被另一个程序写入'
          : '数据库暂时无法写入';
    return { version: null, warning: `文件已导出，但${why}，本次导出未能记入版本记录。` };
  }
}
