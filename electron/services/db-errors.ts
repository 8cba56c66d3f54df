import { BUSY_TIMEOUT_MS } from '../db/immediate';
import { AppError } from './app-error';

/**
 * SQLite failures a user can act on, in one Chinese sentence. SQLite rolls the transaction back in
 * each case, so nothing was half-written.
 */
export function describeDbError(error: unknown): AppError | null {
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return null;
  if (code.startsWith('SQLITE_FULL'))
    return new AppError('IO_ERROR', '磁盘空间不足，本次修改未能保存（已保存的内容不受影响）。请清理磁盘后重试。');
  if (code.startsWith('SQLITE_READONLY'))
    return new AppError(
      'IO_ERROR',
      '数据库文件或其所在文件夹是只读的，只能浏览和导出，本次修改未能保存。请取消只读属性（或把数据库复制到可写的文件夹）后再修改。',
    );
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    // What is locked is the database file (another window, the command line or a backup is writing
    // to it); what failed may be a save, an export or an import, so the message names no edit.
    return new AppError(
      'CONFLICT',
      `数据库文件正被另一个程序（另一个年报窗口、命令行或备份）写入，等待 ${BUSY_TIMEOUT_MS / 1000} 秒后仍未释放，本次操作未完成（已保存的内容不受影响）。请稍后重试。`,
    );
  }
  if (code.startsWith('SQLITE_IOERR'))
    return new AppError('IO_ERROR', '读写数据库文件时出错，本次修改未能保存。请检查磁盘或网络盘是否可用。');
  if (code.startsWith('SQLITE_CORRUPT')) return new AppError('IO_ERROR', '数据库文件已损坏。请在“设置”中从备份恢复。');
  return null;
}
