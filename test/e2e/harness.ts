import { afterEach, beforeEach } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { REPO_ROOT, tempDir } from '../helpers';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SERVER_MAIN = path.join(REPO_ROOT, 'dist', 'node', 'server-main.js');

/** Flags measured to work on these machines (see ../shared/architecture.md). */
const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export interface AppServer {
  process: ChildProcess;
  pageUrl: string;
  origin: string;
  secret: string;
  dbPath: string;
  output: () => string;
  /** Calls the API as the app's own page does (with the secret); throws the Chinese message on failure. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- test code reads the JSON it asserts on
  call<T = any>(method: string, input: unknown): Promise<T>;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** Starts the real browser-mode server (the built one, as a user would) on a fresh database. */
export async function startAppServer(
  dbPath = path.join(tempDir('nianbao-e2e-'), 'nianbao.db'),
  extraArgs: string[] = [],
): Promise<AppServer> {
  if (!fs.existsSync(SERVER_MAIN)) throw new Error('dist/ is missing: run `npm run build` before the e2e tests');
  const child = spawn(process.execPath, [SERVER_MAIN, '--db', dbPath, ...extraArgs], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NIANBAO_PORT: '0' },
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const pageUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 20_000);
    const check = () => {
      const match = /(http:\/\/127\.0\.0\.1:\d+\/#k=[A-Za-z0-9_-]+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${out}`)));
  });
  const url = new URL(pageUrl);
  return {
    process: child,
    pageUrl,
    origin: url.origin,
    secret: url.hash.replace('#k=', ''),
    dbPath,
    output: () => out,
    call: async (method, input) => {
      const r = await fetch(`${url.origin}/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Nianbao-Secret': url.hash.replace('#k=', '') },
        body: JSON.stringify(input),
      });
      const body = (await r.json()) as { ok: boolean; data: never; error?: { message: string } };
      if (!body.ok) throw new Error(body.error?.message ?? `API ${method} failed`);
      return body.data;
    },
    stop: (signal = 'SIGTERM') =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill(signal);
      }),
  };
}

export interface BrowserSession {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Console errors and CSP violations seen by the page. */
  problems: string[];
  close(): Promise<void>;
}

export async function openBrowser(): Promise<BrowserSession> {
  // playwright-core gives every launch a fresh, empty profile of its own.
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const context = await browser.newContext({ acceptDownloads: true, locale: 'zh-CN', viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(msg.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return {
    browser,
    context,
    page,
    problems,
    close: () => browser.close(),
  };
}

/** Types through an IME as a Chinese user does: pinyin composition first, then the committed text. */
export async function typeWithIme(page: Page, steps: Array<{ pinyin: string; text: string }>): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  for (const step of steps) {
    for (let i = 1; i <= step.pinyin.length; i += 1) {
      const partial = step.pinyin.slice(0, i);
      await cdp.send('Input.imeSetComposition', { text: partial, selectionStart: partial.length, selectionEnd: partial.length });
    }
    await cdp.send('Input.insertText', { text: step.text });
  }
  await cdp.detach();
}

export const SCREENSHOT_DIR = path.join(REPO_ROOT, 'build', 'artifacts');

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}

/**
 * A fresh app server (on a new database) and a fresh browser for every test of the file, closed
 * after it. `acceptDialogs` confirms the browser's own dialogs (the export asks first when
 * error-level findings remain).
 */
export function useFreshApp(options: { acceptDialogs?: boolean } = {}): { readonly server: AppServer; readonly session: BrowserSession } {
  let server: AppServer | undefined;
  let session: BrowserSession | undefined;
  beforeEach(async () => {
    server = await startAppServer();
    session = await openBrowser();
    if (options.acceptDialogs) session.page.on('dialog', (d) => void d.accept());
  });
  afterEach(async () => {
    await session?.close();
    await server?.stop();
  });
  return {
    get server() {
      return server!;
    },
    get session() {
      return session!;
    },
  };
}

/** Creates the 市司法局 2024 report (地方政府 template) through the 新建报告 dialog and waits for its workspace. */
export async function createReportInUi(app: { readonly server: AppServer; readonly session: BrowserSession }): Promise<void> {
  const { page } = app.session;
  await page.goto(app.server.pageUrl);
  await page.getByRole('heading', { name: '报告库' }).waitFor();
  await page.getByRole('button', { name: '新建报告' }).click();
  const dialog = page.getByRole('dialog', { name: '新建报告' });
  await dialog.getByLabel('模板').selectOption({ label: '法治政府建设年度报告（地方政府）' });
  await dialog.getByLabel('单位名称').fill('市司法局');
  await dialog.getByLabel('报告年度').fill('2024');
  await dialog.getByLabel('成文日期').fill('2025-01-07');
  await dialog.getByRole('button', { name: '创建' }).click();
  await page.getByRole('navigation', { name: '大纲' }).waitFor();
}
