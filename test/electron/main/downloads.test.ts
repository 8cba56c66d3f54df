import { EventEmitter } from 'node:events';
import type { Session } from 'electron';
import { describe, expect, it } from 'vitest';
import { downloadFailureMessage, reportFailedDownloads } from '../../../electron/main/downloads';

// Electron cannot run here: its session and download item are stood in by event emitters that
// emit what Electron documents ('will-download' with an item; the item's 'done' with a state).
function downloadEnding(state: 'completed' | 'cancelled' | 'interrupted'): string[] {
  const session = new EventEmitter();
  const shown: string[] = [];
  reportFailedDownloads(session as unknown as Pick<Session, 'on'>, (m) => shown.push(m));
  const item = Object.assign(new EventEmitter(), { getSavePath: () => 'D:\\年报\\报告.docx' });
  session.emit('will-download', {}, item);
  item.emit('done', {}, state);
  return shown;
}

describe('saving an export in the Electron window', () => {
  it('says in Chinese why a save that failed did not happen, and that the earlier file is kept', () => {
    expect(downloadEnding('interrupted')).toEqual([downloadFailureMessage('D:\\年报\\报告.docx')]);
    expect(downloadFailureMessage('D:\\年报\\报告.docx')).toBe(
      '“D:\\年报\\报告.docx”未能保存：可能没有写入该文件夹的权限、磁盘空间不足，或同名文件正在 Word/WPS 中打开。原有文件保持不变；请关闭该文件或换一个文件夹后重新导出。',
    );
  });

  it('stays quiet when the save completed or the user cancelled the save dialog', () => {
    expect(downloadEnding('completed')).toEqual([]);
    expect(downloadEnding('cancelled')).toEqual([]);
  });
});
