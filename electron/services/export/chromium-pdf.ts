import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { AppError } from '../app-error';
import { PrinterUnavailable, type PdfPrinter } from './pdf-printer';

/**
 * Print-to-PDF through a headless Chromium-family browser, for the hosts without a window (browser
 * mode, CLI). Edge is on every Windows 10/11 PC; Linux desktops (UOS, Kylin, Debian) usually have
 * Chromium or Chrome. A child process: the event loop never waits on it.
 */

const LINUX_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge', 'microsoft-edge-stable'];

export function windowsCandidates(env: NodeJS.ProcessEnv): string[] {
  const roots = [env['ProgramFiles(x86)'], env.ProgramFiles, env.LOCALAPPDATA].filter((r): r is string => Boolean(r));
  const apps = ['Microsoft\\Edge\\Application\\msedge.exe', 'Google\\Chrome\\Application\\chrome.exe', 'Chromium\\Application\\chrome.exe'];
  const standard = ['C:\\Program Files (x86)', 'C:\\Program Files'];
  return [...new Set([...roots, ...standard])].flatMap((root) => apps.map((app) => path.win32.join(root, app)));
}

function onPath(name: string, env: NodeJS.ProcessEnv): string | null {
  for (const dir of (env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    const file = path.join(dir, name);
    try {
      fs.accessSync(file, fs.constants.X_OK);
      return file;
    } catch {
      // not in this folder
    }
  }
  return null;
}

/** NIANBAO_CHROMIUM (used alone when set), else the usual names and install paths; null when none. */
export function findChromium(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string | null {
  if (env.NIANBAO_CHROMIUM) return fs.existsSync(env.NIANBAO_CHROMIUM) ? env.NIANBAO_CHROMIUM : null;
  if (platform === 'win32') return windowsCandidates(env).find((p) => fs.existsSync(p)) ?? null;
  if (platform === 'darwin') {
    const apps = [
      'Google Chrome.app/Contents/MacOS/Google Chrome',
      'Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
      'Chromium.app/Contents/MacOS/Chromium',
    ];
    return apps.map((a) => path.join('/Applications', a)).find((p) => fs.existsSync(p)) ?? null;
  }
  for (const name of LINUX_NAMES) {
    const found = onPath(name, env);
    if (found) return found;
  }
  return null;
}

/** Headless printing with a throw-away profile, no network, no scripts, no header/footer of its own. */
export function chromiumArgs(dir: string, input: string, output: string): string[] {
  return [
    '--headless',
    '--disable-gpu',
    '--no-pdf-header-footer',
    `--print-to-pdf=${output}`,
    `--user-data-dir=${path.join(dir, 'profile')}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-extensions',
    '--disable-sync',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-default-apps',
    '--no-proxy-server',
    // Scripts are off through the page's own CSP (--blink-settings=scriptEnabled=false stops headless printing).
    // The root user (containers, CI) cannot use Chromium's sandbox; the page has no scripts anyway.
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    pathToFileURL(input).href,
  ];
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv, timeout: number): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { env, timeout, windowsHide: true, maxBuffer: 4 * 1024 * 1024 }, (error) =>
      error ? reject(error) : resolve(),
    );
  });
}

export interface ChromiumPrinterOptions {
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
}

/** A PdfPrinter for Node hosts; throws PrinterUnavailable when no browser is installed (the caller falls back). */
export function createChromiumPrinter(options: ChromiumPrinterOptions = {}): PdfPrinter {
  const env = options.env ?? process.env;
  return async (html) => {
    const browser = findChromium(env);
    if (!browser) throw new PrinterUnavailable();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-print-'));
    try {
      const input = path.join(dir, 'report.html');
      const output = path.join(dir, 'report.pdf');
      fs.writeFileSync(input, html, 'utf8');
      try {
        await run(browser, chromiumArgs(dir, input, output), env, options.timeoutMs ?? 120_000);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new PrinterUnavailable();
        // The user gets a reason in Chinese, never Node's English command line.
        const e = error as { killed?: boolean; code?: unknown };
        const reason = e.killed ? '超时未完成' : typeof e.code === 'number' ? `浏览器异常退出（退出码 ${e.code}）` : '浏览器无法启动';
        throw new AppError('IO_ERROR', `浏览器打印 PDF 失败：${reason}。可先导出 Word 文件，再用 Word/WPS“另存为 PDF”。`);
      }
      if (!fs.existsSync(output) || fs.statSync(output).size === 0) {
        throw new AppError('IO_ERROR', '浏览器没有生成 PDF 文件。请先导出 Word 文件，再用 Word/WPS“另存为 PDF”。');
      }
      return fs.readFileSync(output);
    } finally {
      // A browser helper process may still hold the profile (Windows): a leftover temp folder must
      // not turn a finished PDF into an error.
      try {
        fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3, retryDelay: 200 });
      } catch {
        /* left for the system's temp cleanup */
      }
    }
  };
}
