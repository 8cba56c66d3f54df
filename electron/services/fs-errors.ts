/**
 * A file-system error code in Chinese, for messages that would otherwise show Node's English text
 * (「EACCES: permission denied, open …」) to the user (issue 11.9).
 */
export function fsReason(error: unknown): string {
  switch ((error as NodeJS.ErrnoException | null)?.code) {
    case 'EACCES':
    case 'EPERM':
      return '没有访问权限';
    case 'EROFS':
      return '所在磁盘是只读的';
    case 'ENOSPC':
      return '磁盘空间不足';
    case 'ENOENT':
      return '文件或文件夹不存在';
    case 'EISDIR':
      return '这是一个文件夹';
    case 'ENOTDIR':
      return '路径中有一段不是文件夹';
    case 'EBUSY':
      return '正被其他程序占用';
    case 'EMFILE':
    case 'ENFILE':
      return '打开的文件过多';
    default:
      return '读写出错';
  }
}

/** Where JSON.parse stopped, as 「第 3 行第 14 列」, without quoting the file's bytes. */
export function jsonErrorPlace(text: string, error: unknown): string {
  const m = /position (\d+)/.exec((error as Error | null)?.message ?? '');
  if (!m) return '';
  const before = text.slice(0, Number(m[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `第 ${line} 行第 ${column} 列附近`;
}
