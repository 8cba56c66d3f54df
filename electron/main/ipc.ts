import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { METHOD_NAMES, type ApiResult } from '../../shared/contract';
import type { Core } from '../services/core';
import { isAppUrl } from './security';

export const channelFor = (method: string) => `nianbao:${method}`;

/**
 * One IPC channel per contract method. A call is accepted only from the app's own main frame in the
 * app's window; its input is validated by the core against the contract.
 */
export function registerIpc(core: Core, isOwnContents: (contents: WebContents) => boolean): void {
  for (const method of METHOD_NAMES) {
    ipcMain.handle(channelFor(method), async (event: IpcMainInvokeEvent, input: unknown): Promise<ApiResult<unknown>> => {
      const frame = event.senderFrame;
      if (!isOwnContents(event.sender) || !frame || frame !== event.sender.mainFrame || !isAppUrl(frame.url)) {
        return { ok: false, error: { code: 'FORBIDDEN', message: '拒绝来自非本程序页面的请求。' } };
      }
      return core.call(method, input);
    });
  }
}
