import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, session } from 'electron';
import { AppError } from '../services/app-error';
import type { PdfPrinter } from '../services/export/pdf-printer';

/**
 * The Electron host's PdfPrinter: the window's own Chromium prints the print-layout HTML. A hidden,
 * sandboxed window without JavaScript or Node, in its own in-memory session that may load only the
 * one temp file (the HTML has no remote references; anything else is cancelled).
 */

const PRINT_PARTITION = 'nianbao-print';
/** A print that hangs must not block every later PDF export (prints are queued one at a time). */
const PRINT_TIMEOUT_MS = 120_000;

function withTimeout<T>(work: Promise<T>, onTimeout: () => void): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout();
      reject(new AppError('IO_ERROR', '打印 PDF 超时未完成。可先导出 Word 文件，再用 Word/WPS“另存为 PDF”。'));
    }, PRINT_TIMEOUT_MS);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

function printSession(allowedUrl: () => string | null) {
  const ses = session.fromPartition(PRINT_PARTITION);
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: details.url !== allowedUrl() }));
  return ses;
}

export function createWindowPdfPrinter(): PdfPrinter {
  let current: string | null = null;
  const ses = printSession(() => current);
  // One print at a time: the session allows exactly the file being printed.
  let queue: Promise<unknown> = Promise.resolve();
  const print = async (html: string): Promise<Buffer> => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-print-'));
    const file = path.join(dir, 'report.html');
    fs.writeFileSync(file, html, 'utf8');
    current = pathToFileURL(file).href;
    const win = new BrowserWindow({
      show: false,
      webPreferences: { session: ses, sandbox: true, javascript: false, nodeIntegration: false, contextIsolation: true, spellcheck: false },
    });
    const work = (async () => {
      await win.loadURL(current!);
      return win.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true, generateDocumentOutline: true });
    })();
    try {
      return await withTimeout(work, () => win.destroy());
    } finally {
      current = null;
      if (!win.isDestroyed()) win.destroy();
      try {
        fs.rmSync(dir, { recursive: true, force: true });
      } catch {
        /* a leftover temp folder must not fail a finished PDF */
      }
    }
  };
  return (html) => {
    const next = queue.then(() => print(html));
    queue = next.catch(() => undefined);
    return next;
  };
}
