import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, net, protocol, session } from 'electron';
import { createCore, type Core } from '../services/core';
import { prepareDatabase } from './database-check';
import { resolveDbPath } from '../services/paths';
import { registerIpc } from './ipc';
import { createWindowPdfPrinter } from './pdf-window-printer';
import { reportFailedDownloads } from './downloads';
import {
  APP_HOST,
  APP_ORIGIN,
  APP_SCHEME,
  CONTENT_SECURITY_POLICY,
  lockDownContents,
  lockDownSession,
  SECURE_WEB_PREFERENCES,
} from './security';

/** Lifecycle only: all behaviour lives in the core (electron/services), shared with the other hosts. */

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

let mainWindow: BrowserWindow | null = null;
let core: Core | null = null;

const rendererDir = () => path.join(app.getAppPath(), 'dist', 'renderer');
const templatesDir = () => (app.isPackaged ? path.join(process.resourcesPath, 'templates') : path.join(app.getAppPath(), 'templates'));

function dbArgument(): string | undefined {
  const index = process.argv.indexOf('--db');
  return index >= 0 ? process.argv[index + 1] : undefined;
}

function serveRenderer(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const root = rendererDir();
    const file = path.resolve(root, url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname).slice(1));
    if (url.host !== APP_HOST || !file.startsWith(root + path.sep)) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });
}

function createWindow(): void {
  mainWindow = new BrowserWindow({
    width: 1360,
    height: 880,
    minWidth: 1024,
    minHeight: 640,
    title: '年报',
    show: false,
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload: path.join(__dirname, 'preload.js') },
  });
  lockDownContents(mainWindow.webContents);
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  void mainWindow.loadURL(`${APP_ORIGIN}/index.html`);
}

async function start(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  await app.whenReady();
  const dbPath = resolveDbPath(dbArgument(), process.env, app.getPath('userData'));
  const lock = prepareDatabase(dbPath);
  if (!lock) return app.quit();
  app.on('quit', () => lock.release());
  try {
    core = createCore({
      dbPath,
      templatesDir: templatesDir(),
      host: 'electron',
      version: app.getVersion(),
      pdfPrinter: createWindowPdfPrinter(),
    });
    lock.confirmIdentity?.();
  } catch (error) {
    dialog.showErrorBox('年报无法启动', (error as Error).message);
    app.quit();
    return;
  }
  lockDownSession(session.defaultSession);
  reportFailedDownloads(
    session.defaultSession,
    (message) => void dialog.showMessageBox({ type: 'error', title: '文件未能保存', message, buttons: ['确定'] }),
  );
  serveRenderer();
  registerIpc(core, (contents) => contents === mainWindow?.webContents);
  createWindow();
}

app.on('second-instance', () => {
  if (mainWindow?.isMinimized()) mainWindow.restore();
  mainWindow?.focus();
});
app.on('web-contents-created', (_event, contents) => lockDownContents(contents));
app.on('window-all-closed', () => {
  core?.close();
  core = null;
  app.quit();
});

void start();
