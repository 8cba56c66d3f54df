import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createCore } from '../services/core';
import { createChromiumPrinter } from '../services/export/chromium-pdf';
import { appRootFrom, readAppVersion, resolveDbPath } from '../services/paths';
import { startServer } from './http-server';
import { acquireServerLock } from '../services/safety/db-lock';
import { checkDatabaseFile } from '../db/health';
import { damagedDatabaseMessage, replaceWithBackup } from '../services/safety/recovery';

/** quick_check before opening; on damage, explain and offer the newest good backup (issue 6). */
function checkAtStart(dbPath: string, restoreFrom: string | undefined): boolean {
  if (!fs.existsSync(dbPath)) return true;
  const health = checkDatabaseFile(dbPath);
  if (health.ok || !health.damaged) return true;
  if (restoreFrom) {
    const aside = replaceWithBackup(dbPath, path.resolve(restoreFrom));
    console.log(`已从备份恢复。损坏的数据库已另存为“${aside}”。`);
    return true;
  }
  console.error(
    damagedDatabaseMessage(
      dbPath,
      health.problem,
      (file) => `恢复请运行：node dist/node/server-main.js --db "${dbPath}" --restore-backup "${file}"`,
    ),
  );
  return false;
}

/** The browser mode's usual port (127.0.0.1 only). */
const PREFERRED_PORT = 41917;

/** `npm run web`: the browser mode (for machines without the Electron runtime, and for e2e tests). */
async function main() {
  const { values } = parseArgs({
    options: {
      db: { type: 'string' },
      port: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      'restore-backup': { type: 'string' },
    },
    strict: true,
  });
  if (values.help) {
    console.log('用法：node dist/node/server-main.js [--db 数据库文件] [--port 端口] [--restore-backup 备份文件]');
    return;
  }
  const root = appRootFrom(__dirname);
  const dbPath = resolveDbPath(values.db);
  // Before the database is opened: a second server must change nothing (issue 6).
  const lock = acquireServerLock(dbPath);
  process.on('exit', () => lock.release());
  if (!checkAtStart(dbPath, values['restore-backup'])) process.exit(2);
  const core = createCore({
    dbPath,
    templatesDir: path.join(root, 'templates'),
    host: 'browser',
    version: readAppVersion(root),
    pdfPrinter: createChromiumPrinter(),
  });
  const staticDir = path.join(root, 'dist', 'renderer');
  const explicit = values.port ?? process.env.NIANBAO_PORT;
  // Without a port asked for: the same one at every start when it is free, so that after a restart
  // the open tab keeps its origin (and the unsaved text its browser storage holds for it), and
  // pasting the new address into it reconnects it (issue 10). Taken: any free port.
  const server =
    explicit !== undefined
      ? await startServer({ core, staticDir, port: Number(explicit) })
      : await startServer({ core, staticDir, port: PREFERRED_PORT }).catch(() => startServer({ core, staticDir, port: 0 }));
  console.log(`年报（浏览器模式）已启动。数据库：${dbPath}`);
  console.log(`请在浏览器中打开：${server.pageUrl}`);
  console.log('（地址中的密钥只属于本次启动；按 Ctrl+C 退出）');
  const stop = () => {
    void server.close().then(() => {
      core.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`启动失败：${(error as Error).message}`);
  process.exit(1);
});
