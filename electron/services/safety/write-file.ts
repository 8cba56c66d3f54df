import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../app-error';
import { fsReason } from '../fs-errors';

/** Explains a file-system failure to the user in one Chinese sentence. */
export function describeIoError(error: unknown, file: string): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'EACCES':
    case 'EROFS':
      return `没有权限写入“${file}”，请换一个文件夹。`;
    case 'ENOSPC':
      return `磁盘空间不足，未能写入“${file}”。原有文件保持不变。`;
    case 'EBUSY':
    case 'EPERM':
      return `“${file}”正被其他程序占用（可能已在 Word 或 WPS 中打开），请关闭后重试。`;
    case 'ENOENT':
      return `文件夹“${path.dirname(file)}”不存在。`;
    case 'EISDIR':
      return `“${file}”是一个文件夹，请给出文件名。`;
    default:
      return `写入“${file}”失败（${fsReason(error)}）。原有文件保持不变。`;
  }
}

/** A file the user marked read-only is not replaced (Windows refuses it too; Linux would not). */
function refuseReadOnlyTarget(target: string): void {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(target);
  } catch {
    return; // no earlier file: nothing to protect
  }
  if (stat.isFile() && (stat.mode & 0o222) === 0) {
    throw new AppError('IO_ERROR', `“${target}”是只读文件，未覆盖，原文件保持不变。请取消只读属性，或换一个文件名。`);
  }
}

/**
 * Writes to a temporary file beside the target, flushes it to disk, then renames: an earlier file
 * survives any failure (no permission, disk full, file locked by Word) and even a power cut.
 */
export function writeFileAtomic(file: string, data: Buffer | string): void {
  const target = path.resolve(file);
  refuseReadOnlyTarget(target);
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  let fd: number | null = null;
  try {
    fd = fs.openSync(temp, 'wx');
    fs.writeFileSync(fd, data);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = null;
    fs.renameSync(temp, target);
  } catch (error) {
    if (fd !== null) fs.closeSync(fd);
    fs.rmSync(temp, { force: true });
    throw new AppError('IO_ERROR', describeIoError(error, target));
  }
}
