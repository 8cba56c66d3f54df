import type { DownloadItem, Event, Session } from 'electron';

/**
 * In the window an export reaches the disk as a download that Chromium writes to a temporary
 * ".crdownload" file and renames at the end, so an earlier file survives a failure. Electron shows
 * no download bar, though: without this a save that fails (read-only folder, disk full, the file
 * open in Word) would fail in silence.
 */

export function downloadFailureMessage(savePath: string): string {
  const where = savePath ? `“${savePath}”` : '导出的文件';
  return `${where}未能保存：可能没有写入该文件夹的权限、磁盘空间不足，或同名文件正在 Word/WPS 中打开。原有文件保持不变；请关闭该文件或换一个文件夹后重新导出。`;
}

/** The part of Electron's Session this needs (a test passes a stand-in). */
type DownloadSource = Pick<Session, 'on'>;

export function reportFailedDownloads(session: DownloadSource, showError: (message: string) => void): void {
  session.on('will-download', (_event: Event, item: DownloadItem) => {
    item.once('done', (_done: Event, state: 'completed' | 'cancelled' | 'interrupted') => {
      // A cancelled save dialog is the user's choice, not a failure.
      if (state === 'interrupted') showError(downloadFailureMessage(item.getSavePath()));
    });
  });
}
